import type { Payload, Where } from 'payload'
import { getPathname } from '@/i18n/paths'
import { type Locale, routing } from '@/i18n/routing'
import type { ImplementationLevel, OnlineServiceLevel } from '@/lib/catalog/types'
import { popularProcedureCodes } from '@/lib/catalog/popularProcedures'
import { lexicalToPlainText } from '@/lib/content/lexicalToPlainText'
import type { Agency, Faq, Procedure, PublicationDecision } from '@/payload-types'
import type { AliasMatcher } from './aliases'
import type { SearchType } from './types'

/**
 * One entry of the search index: a published document in one locale. The searchable attributes
 * come in the order of their weight (see indexSettings): title, code, aliases, field, agencies,
 * results, documents, body.
 */
export interface SearchDocument {
  /** `<type>-<payload id>-<locale>`. */
  id: string
  type: SearchType
  locale: Locale
  docId: string
  title: string
  code?: string
  aliases: string[]
  fieldName?: string
  fieldSlug?: string
  ministryName?: string
  ministrySlug?: string
  /** Facet values that carry their own label: "<slug>|<name in the entry's locale>". */
  fieldFacet?: string
  ministryFacet?: string
  agencies: string[]
  results: string[]
  documents: string[]
  body: string
  levels: ImplementationLevel[]
  online?: OnlineServiceLevel
  /** For the `online` filter: full or partial. Procedures only (absent elsewhere, so that online=false finds only procedures). */
  onlineAvailable?: boolean
  url: string
  vietnameseOnly: boolean
  /** Tie-breaker: higher for the procedures citizens do most (lib/catalog/popularProcedures). */
  popularity: number
  /** The document's updatedAt: the drift check compares it with the database. */
  updatedAt: string
}

/** What can be indexed, by collection. */
export type IndexedCollection = 'procedures' | 'faqs' | 'publicationDecisions' | 'agencies'

export const typeOf: Record<IndexedCollection, SearchType> = {
  procedures: 'procedure',
  faqs: 'faq',
  publicationDecisions: 'decision',
  agencies: 'agency',
}

export const documentId = (type: SearchType, docId: string | number, locale: Locale) => `${type}-${docId}-${locale}`

/** Bodies and checklists can be very long; the start says what they are about and keeps the index small. */
const BODY_LIMIT = 2_000
const clip = (text: string, limit = BODY_LIMIT) => (text.length <= limit ? text : `${text.slice(0, limit).replace(/\s+\S*$/, '')} …`)

type All<T> = Partial<Record<Locale, T | null>> | T | null | undefined

/** A localized value read with `locale: 'all'`: the wanted locale, else Vietnamese. */
function pick<T>(value: All<T>, locale: Locale): T | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) return value as T
  const all = value as Partial<Record<Locale, T | null>>
  const wanted = all[locale]
  const missing = wanted === null || wanted === undefined || (wanted as unknown) === '' || (Array.isArray(wanted) && wanted.length === 0)
  return (missing ? all.vi : wanted) ?? undefined
}

const hasLocale = (value: unknown, locale: Locale) =>
  locale === 'vi' || (typeof value === 'object' && value !== null && Boolean((value as Record<string, unknown>)[locale]))

const nameOf = (relation: unknown, locale: Locale): string | undefined =>
  relation && typeof relation === 'object' ? pick((relation as { name?: All<string> }).name, locale) : undefined
const slugOf = (relation: unknown): string | undefined =>
  relation && typeof relation === 'object' ? ((relation as { slug?: string | null }).slug ?? undefined) : undefined

const popularity = (code: string) => {
  const rank = popularProcedureCodes.indexOf(code)
  return rank === -1 ? 0 : popularProcedureCodes.length - rank
}

type Defaulted = 'aliases' | 'agencies' | 'results' | 'documents' | 'body' | 'levels' | 'popularity'
type Specific = Omit<SearchDocument, 'id' | 'type' | 'locale' | 'docId' | 'updatedAt' | Defaulted> & Partial<Pick<SearchDocument, Defaulted>>

/** A document's entry in each locale: what every entry has, the empty defaults, then what `build` says. */
function perLocale(type: SearchType, doc: { id: number; updatedAt: string }, build: (locale: Locale) => Specific): SearchDocument[] {
  return routing.locales.map((locale) => ({
    aliases: [],
    agencies: [],
    results: [],
    documents: [],
    body: '',
    levels: [],
    popularity: 0,
    ...build(locale),
    id: documentId(type, doc.id, locale),
    type,
    locale,
    docId: String(doc.id),
    updatedAt: doc.updatedAt,
  }))
}

const present = (values: (string | null | undefined)[]) => values.filter((value): value is string => Boolean(value))

function procedureDocuments(doc: Procedure, aliasesOf: AliasMatcher): SearchDocument[] {
  const slug = doc.slug
  // An administrator may unpublish (Payload's _status) without changing the lifecycle status.
  if (doc.status !== 'published' || doc._status === 'draft' || !slug) return []
  return perLocale('procedure', doc, (locale) => {
    const groups = pick(doc.dossierGroups as All<Procedure['dossierGroups']>, locale) ?? []
    return {
      title: pick(doc.name as All<string>, locale) ?? '',
      code: doc.code,
      aliases: aliasesOf(`${pick(doc.name as All<string>, 'vi') ?? ''} ${nameOf(doc.field, 'vi') ?? ''}`),
      fieldName: nameOf(doc.field, locale),
      fieldSlug: slugOf(doc.field),
      ministryName: nameOf(doc.ministry, locale),
      ministrySlug: slugOf(doc.ministry),
      agencies: [...new Set(present([nameOf(doc.competentAuthority, locale), nameOf(doc.executingAgency, locale)]))],
      results: present((doc.results ?? []).map((r) => pick(r.name as All<string>, locale))),
      documents: present(clip(groups.flatMap((g) => (g.documents ?? []).map((d) => d.name)).join('\n')).split('\n')),
      body: clip(pick(doc.requirements as All<string>, locale) ?? ''),
      levels: (doc.levels ?? []) as ImplementationLevel[],
      online: (doc.onlineServiceLevel ?? 'none') as OnlineServiceLevel,
      onlineAvailable: doc.onlineServiceLevel === 'full' || doc.onlineServiceLevel === 'partial',
      url: getPathname({ href: { pathname: '/thu-tuc/[slug]', params: { slug } }, locale }),
      vietnameseOnly: !hasLocale(doc.name, locale),
      popularity: popularity(doc.code),
    }
  })
}

function faqDocuments(doc: Faq, aliasesOf: AliasMatcher): SearchDocument[] {
  const slug = doc.slug
  if (doc.status !== 'published' || !slug) return []
  return perLocale('faq', doc, (locale) => ({
    title: pick(doc.question as All<string>, locale) ?? '',
    aliases: aliasesOf(pick(doc.question as All<string>, 'vi') ?? ''),
    fieldName: nameOf(doc.field, locale),
    fieldSlug: slugOf(doc.field),
    body: clip(lexicalToPlainText(pick(doc.answer as All<Faq['answer']>, locale))),
    url: getPathname({ href: { pathname: '/hoi-dap/[slug]', params: { slug } }, locale }),
    vietnameseOnly: !hasLocale(doc.question, locale),
  }))
}

function decisionDocuments(doc: PublicationDecision): SearchDocument[] {
  const slug = doc.slug
  if (doc.status !== 'published' || !slug) return []
  return perLocale('decision', doc, (locale) => ({
    title: pick(doc.title as All<string>, locale) || doc.number,
    code: doc.number,
    ministryName: nameOf(doc.issuer, locale),
    ministrySlug: slugOf(doc.issuer),
    agencies: present([nameOf(doc.issuer, locale)]),
    url: getPathname({ href: { pathname: '/quyet-dinh/[slug]', params: { slug } }, locale }),
    vietnameseOnly: !hasLocale(doc.title, locale),
  }))
}

function agencyDocuments(doc: Agency, aliasesOf: AliasMatcher): SearchDocument[] {
  const slug = doc.slug
  if (!slug) return []
  return perLocale('agency', doc, (locale) => ({
    title: pick(doc.name as All<string>, locale) ?? '',
    aliases: present([doc.abbreviation, ...(doc.formerNames ?? []).map((f) => f.name), ...aliasesOf(pick(doc.name as All<string>, 'vi') ?? '')]),
    agencies: present([nameOf(doc.parent, locale)]),
    body: present([pick(doc.contacts?.address as All<string>, locale), nameOf(doc.administrativeUnit, locale)]).join('\n'),
    url: getPathname({ href: { pathname: '/co-quan/[slug]', params: { slug } }, locale }),
    vietnameseOnly: !hasLocale(doc.name, locale),
  }))
}

const builders: { [C in IndexedCollection]: (doc: never, aliasesOf: AliasMatcher) => SearchDocument[] } = {
  procedures: procedureDocuments,
  faqs: faqDocuments,
  publicationDecisions: decisionDocuments,
  agencies: agencyDocuments,
}

/** Separates a facet value's slug from its label. */
export const FACET_SEPARATOR = '|'

function withFacets(doc: SearchDocument): SearchDocument {
  const facet = (slug?: string, name?: string) => (slug && name ? `${slug}${FACET_SEPARATOR}${name}` : undefined)
  return { ...doc, fieldFacet: facet(doc.fieldSlug, doc.fieldName), ministryFacet: facet(doc.ministrySlug, doc.ministryName) }
}

/** Only the fields the builders read (a procedure's legal bases and steps would triple the work). */
const selects: Record<IndexedCollection, Record<string, true>> = {
  procedures: {
    code: true, name: true, slug: true, status: true, _status: true, field: true, ministry: true, competentAuthority: true, executingAgency: true,
    results: true, dossierGroups: true, requirements: true, levels: true, onlineServiceLevel: true, updatedAt: true,
  },
  faqs: { question: true, answer: true, field: true, slug: true, status: true, updatedAt: true },
  publicationDecisions: { number: true, title: true, issuer: true, slug: true, status: true, updatedAt: true },
  agencies: { name: true, abbreviation: true, formerNames: true, parent: true, contacts: true, administrativeUnit: true, slug: true, updatedAt: true },
}
const populate = { agencies: { name: true, slug: true }, fields: { name: true, slug: true }, administrativeUnits: { name: true } }

/**
 * The search entries of the documents matching `where` in a collection (only published ones get
 * entries), read in pages so that a full reindex never holds the whole catalogue in memory.
 */
export async function* loadSearchDocuments(
  payload: Payload,
  collection: IndexedCollection,
  { where = {}, pageSize = 250, aliasesOf = () => [] }: { where?: Where; pageSize?: number; aliasesOf?: AliasMatcher } = {},
): AsyncGenerator<SearchDocument[]> {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection, where, locale: 'all', depth: 1, limit: pageSize, page, sort: 'id', overrideAccess: true,
      select: selects[collection], populate: populate as never,
    })
    yield result.docs.flatMap((doc) => builders[collection](doc as never, aliasesOf)).map(withFacets)
    if (!result.hasNextPage) return
  }
}
