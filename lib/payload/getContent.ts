import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'
import type { Locale } from '@/i18n/routing'
import { tags } from '@/lib/cache/tags'
import { PAGE_SIZE, published } from '@/lib/site/browse'
import { type AllLocales, type LocalizedText, pickLocale } from '@/lib/site/localized'
import type { Faq, Page } from '@/payload-types'
import { getPayloadClient } from './getPayloadClient'

type RichTextValue = NonNullable<Faq['answer']>

export interface FaqSummary {
  slug: string
  question: LocalizedText
  field: { slug: string; name: LocalizedText } | null
}

export interface FaqDetail extends FaqSummary {
  answer: RichTextValue | null
  /** Set when the answer is the Vietnamese original of a missing translation. */
  answerLang?: 'vi'
  procedures: { slug: string; code: string; name: LocalizedText }[]
  updatedAt: string
}

const text = (value: unknown, locale: Locale) => pickLocale(value as AllLocales, locale)

/** The rich text in the locale, else the Vietnamese original (read with `locale: 'all'`). */
function pickRichText(value: unknown, locale: Locale): { value: RichTextValue | null; lang?: 'vi' } {
  const all = (value ?? {}) as Partial<Record<Locale, RichTextValue | null>>
  if (all[locale]) return { value: all[locale]! }
  return { value: all.vi ?? null, lang: locale === 'vi' ? undefined : 'vi' }
}

function relationOf(value: unknown, locale: Locale) {
  if (!value || typeof value !== 'object') return null
  const doc = value as { slug?: string | null; name?: unknown }
  return doc.slug ? { slug: doc.slug, name: text(doc.name, locale) } : null
}

async function loadFaqs(locale: Locale, where: Where): Promise<FaqDetail[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'faqs', where: { and: [published, where] }, locale: 'all', sort: 'createdAt', pagination: false, depth: 1, overrideAccess: false })
  return docs.map((d) => {
    const answer = pickRichText(d.answer, locale)
    return {
      slug: d.slug ?? '',
      question: text(d.question, locale),
      field: relationOf(d.field, locale),
      answer: answer.value,
      answerLang: answer.lang,
      procedures: (d.procedures ?? []).flatMap((p) =>
        typeof p === 'object' && p.status === 'published' && p.slug ? [{ slug: p.slug, code: p.code, name: text(p.name, locale) }] : [],
      ),
      updatedAt: d.updatedAt,
    }
  })
}

/** Published FAQs, oldest first (editors' order of entry). */
export const getFaqs = (locale: Locale) => unstable_cache(() => loadFaqs(locale, {}), ['faqs', locale], { tags: [tags.faqs, tags.catalogs] })()

/** A published FAQ by slug, or null. */
export const getFaq = (slug: string, locale: Locale) =>
  unstable_cache(async () => (await loadFaqs(locale, { slug: { equals: slug } }))[0] ?? null, ['faq', slug, locale], {
    tags: [tags.faqs, tags.catalogs, tags.procedures],
  })()

export interface PageContent {
  slug: string
  title: LocalizedText
  content: RichTextValue | null
  contentLang?: 'vi'
  updatedAt: string
}

async function loadPage(slug: string, locale: Locale): Promise<PageContent | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'pages', where: { and: [published, { slug: { equals: slug } }] }, locale: 'all', limit: 1, depth: 0, overrideAccess: false })
  const page = docs[0] as Page | undefined
  if (!page) return null
  const content = pickRichText(page.content, locale)
  return { slug: page.slug ?? slug, title: text(page.title, locale), content: content.value, contentLang: content.lang, updatedAt: page.updatedAt }
}

/** A published editable page (about, terms of use …) by slug, or null. */
export const getPage = (slug: string, locale: Locale) => unstable_cache(() => loadPage(slug, locale), ['page', slug, locale], { tags: [tags.pages] })()

/** Slugs of all published editable pages. */
export const getPageSlugs = unstable_cache(
  async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({ collection: 'pages', where: published, select: { slug: true, updatedAt: true }, pagination: false, depth: 0, overrideAccess: false })
    return docs.flatMap((d) => (d.slug ? [{ slug: d.slug, updatedAt: d.updatedAt }] : []))
  },
  ['page-slugs'],
  { tags: [tags.pages] },
)

export interface DecisionSummary {
  slug: string
  number: string
  title: LocalizedText
  issuer: LocalizedText | null
  signedDate?: string | null
}

export interface DecisionDetail extends DecisionSummary {
  effectiveDate?: string | null
  documentUrl?: string | null
  /** Published procedures it announced (new ones). */
  procedures: DecisionProcedure[]
  /** Procedures it amended (linked while published). */
  amended: DecisionProcedure[]
  /** Procedures it abolished: no longer public, listed by code and name. */
  abolished: DecisionProcedure[]
  updatedAt: string
}

export interface DecisionProcedure {
  /** Set while the procedure is published (then it has a page). */
  slug: string | null
  code: string
  name: LocalizedText
}

function toDecisionSummary(d: Record<string, unknown>, locale: Locale): DecisionSummary {
  const issuer = d.issuer && typeof d.issuer === 'object' ? text((d.issuer as { name?: unknown }).name, locale) : null
  return { slug: String(d.slug ?? ''), number: String(d.number), title: text(d.title, locale), issuer, signedDate: d.signedDate as string | null }
}

/** One page of published publication decisions, by number. */
export const listDecisions = (page: number, locale: Locale) =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const result = await payload.find({ collection: 'publicationDecisions', where: published, locale: 'all', sort: 'number', page, limit: PAGE_SIZE, depth: 1, overrideAccess: false })
      return { items: result.docs.map((d) => toDecisionSummary(d as unknown as Record<string, unknown>, locale)), totalDocs: result.totalDocs, totalPages: result.totalPages }
    },
    ['decisions-page', String(page), locale],
    { tags: [tags.decisions, tags.catalogs] },
  )()

/** A published decision with the published procedures it announced, or null. */
export const getDecision = (slug: string, locale: Locale) =>
  unstable_cache(
    async (): Promise<DecisionDetail | null> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({ collection: 'publicationDecisions', where: { and: [published, { slug: { equals: slug } }] }, locale: 'all', limit: 1, depth: 1, overrideAccess: false })
      const decision = docs[0]
      if (!decision) return null
      const procedures = await payload.find({
        collection: 'procedures',
        where: { and: [published, { publicationDecision: { equals: decision.id } }] },
        locale: 'all',
        select: { slug: true, code: true, name: true },
        sort: 'code',
        pagination: false,
        depth: 0,
        overrideAccess: false,
      })
      // The decision's own items: read whatever their status (an abolished procedure's code and
      // name are part of the public decision), showing only what the decision says of them.
      const itemIds = (decision.items ?? []).map((item) => (typeof item.procedure === 'object' ? item.procedure.id : item.procedure))
      const itemProcedures = itemIds.length
        ? await payload.find({
            collection: 'procedures',
            where: { id: { in: itemIds } },
            locale: 'all',
            select: { slug: true, code: true, name: true, status: true },
            pagination: false,
            depth: 0,
            overrideAccess: true,
          })
        : { docs: [] }
      const byId = new Map(itemProcedures.docs.map((p) => [p.id, p]))
      const entry = (p: { slug?: string | null; code: string; name: unknown; status?: string | null }): DecisionProcedure => ({
        slug: p.status === 'published' && p.slug ? p.slug : null,
        code: p.code,
        name: text(p.name, locale),
      })
      const itemsOf = (action: 'publish' | 'amend' | 'abolish') =>
        (decision.items ?? []).flatMap((item) => {
          const procedure = byId.get(typeof item.procedure === 'object' ? item.procedure.id : item.procedure)
          return item.action === action && procedure ? [entry(procedure)] : []
        })
      const announced = new Map(procedures.docs.filter((p) => p.slug).map((p) => [p.code, entry({ ...p, status: 'published' })]))
      for (const p of itemsOf('publish')) if (p.slug && !announced.has(p.code)) announced.set(p.code, p)
      const document = decision.document && typeof decision.document === 'object' ? decision.document : null
      return {
        ...toDecisionSummary(decision as unknown as Record<string, unknown>, locale),
        effectiveDate: decision.effectiveDate,
        documentUrl: document?.url ?? null,
        procedures: [...announced.values()].sort((a, b) => a.code.localeCompare(b.code)),
        amended: itemsOf('amend'),
        abolished: itemsOf('abolish'),
        updatedAt: decision.updatedAt,
      }
    },
    ['decision', slug, locale],
    { tags: [tags.decisions, tags.procedures, tags.catalogs] },
  )()
