import type { Hit, Meilisearch, MultiSearchQuery, SearchResponse as MeiliResponse } from 'meilisearch'
import { levelOptions } from '@/lib/catalog/options'
import { FACET_SEPARATOR, type SearchDocument } from './documents'
import { foldDiacritics, HIGHLIGHT_POST, HIGHLIGHT_PRE, markedParts, stripMarks, toMarkedHtml } from './highlight'
import { liveIndexName } from './indexSettings'
import { onlineLabels, typeLabels } from './labels'
import type { FacetCount, SearchFacets, SearchHit, SearchQuery, SearchResponse, SearchType } from './types'

type Doc = SearchDocument
type Formatted = Partial<Record<keyof Doc, string | string[]>>

/** Fewer hits than this and the response suggests a corrected query when it has one. */
const FEW_HITS = 5

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`

/** Meilisearch filter expressions for the query's filters; the type filter is kept apart (tabs count without it). */
export function filtersOf(query: SearchQuery): { common: string[]; type: string[] } {
  const common = [`locale = ${quote(query.locale)}`]
  if (query.field) common.push(`fieldSlug = ${quote(query.field)}`)
  if (query.ministry) common.push(`ministrySlug = ${quote(query.ministry)}`)
  if (query.level) common.push(`levels = ${quote(query.level)}`)
  if (query.online !== undefined) common.push(`onlineAvailable = ${query.online}`)
  return { common, type: query.type ? [`type = ${quote(query.type)}`] : [] }
}

const displayed: (keyof Doc)[] = ['id', 'type', 'docId', 'title', 'code', 'fieldName', 'fieldSlug', 'ministryName', 'ministrySlug', 'online', 'url', 'vietnameseOnly']

/**
 * The searches of one request, sent together: the page of hits with its facets; and, when the
 * query is limited to one type, a count per type without that limit (for the tabs). Without a
 * type the first search's own type facet gives those counts.
 */
export function searchRequests(query: SearchQuery, uid = liveIndexName(), matchingStrategy: 'all' | 'last' = 'all'): MultiSearchQuery[] {
  const { common, type } = filtersOf(query)
  const main: MultiSearchQuery = {
    indexUid: uid,
    q: query.q,
    matchingStrategy,
    filter: [...common, ...type],
    facets: [...(type.length ? [] : ['type']), 'fieldFacet', 'ministryFacet', 'levels', 'onlineAvailable'],
    hitsPerPage: query.limit,
    page: query.page,
    attributesToRetrieve: displayed,
    attributesToHighlight: ['title'],
    attributesToCrop: ['body'],
    cropLength: 24,
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  }
  if (!type.length) return [main]
  return [main, { indexUid: uid, q: query.q, matchingStrategy, filter: common, facets: ['type'], limit: 0 }]
}

function facetCounts(distribution: Record<string, number> | undefined, label: (value: string) => string | undefined): FacetCount[] {
  return Object.entries(distribution ?? {})
    .flatMap(([value, count]) => {
      const text = label(value)
      return text === undefined ? [] : [{ value, label: text, count }]
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'))
}

/** "ho-tich|Hộ tịch" facet values, as slug and label. */
function labelledFacet(distribution: Record<string, number> | undefined): FacetCount[] {
  const merged = new Map<string, FacetCount>()
  for (const [value, count] of Object.entries(distribution ?? {})) {
    const at = value.indexOf(FACET_SEPARATOR)
    const slug = value.slice(0, at)
    const known = merged.get(slug)
    if (known) known.count += count
    else merged.set(slug, { value: slug, label: value.slice(at + 1), count })
  }
  return [...merged.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'))
}

/** The cropped text around the matched words; when the text has none, the field and ministry. */
function snippetOf(hit: Hit<Doc>): string {
  const formatted = (hit._formatted ?? {}) as Formatted
  const body = String(formatted.body ?? '')
  if (body.includes(HIGHLIGHT_PRE)) return toMarkedHtml(body)
  const fallback = [hit.fieldName, hit.ministryName].filter(Boolean).join(' · ')
  return toMarkedHtml(fallback || stripMarks(body))
}

export function toSearchHit(hit: Hit<Doc>): SearchHit {
  const formatted = (hit._formatted ?? {}) as Formatted
  return {
    type: hit.type,
    id: hit.docId,
    code: hit.code,
    plainTitle: hit.title,
    title: toMarkedHtml(String(formatted.title ?? hit.title)),
    snippet: snippetOf(hit),
    url: hit.url,
    field: hit.fieldSlug && hit.fieldName ? { slug: hit.fieldSlug, name: hit.fieldName } : undefined,
    ministry: hit.ministrySlug && hit.ministryName ? { slug: hit.ministrySlug, name: hit.ministryName } : undefined,
    online: hit.online,
    vietnameseOnly: hit.vietnameseOnly || undefined,
  }
}

/** Edit distance counting a swap of two neighbouring letters as one edit ("sihn" → "sinh"), as Meilisearch does. */
export function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

/**
 * "Did you mean": each typed word replaced by the closest word that matched in the best hits'
 * titles (Meilisearch forgave the typo or the missing diacritics), when that changes the query.
 * Only typos count as a correction; a query that differs only by diacritics gets a suggestion
 * when few hits came back.
 */
export function suggestionOf(q: string, hits: Hit<Doc>[], total: number): string | undefined {
  const words = new Map<string, string>()
  for (const hit of hits.slice(0, 3)) {
    // The highlighted title marks the words that matched (Meilisearch's match positions would
    // say the same, but cost more than the rest of the search: they cover every attribute).
    for (const part of markedParts(String((hit._formatted as Formatted | undefined)?.title ?? ''))) {
      const word = part.toLowerCase()
      words.set(foldDiacritics(word), words.get(foldDiacritics(word)) ?? word)
    }
  }
  if (!words.size) return undefined
  let typo = false
  const corrected = q.split(/\s+/).filter(Boolean).map((token) => {
    const folded = foldDiacritics(token)
    if (words.has(folded)) return token === folded ? words.get(folded)! : token
    let best: [string, number] | undefined
    for (const [key, word] of words) {
      const d = distance(folded, key)
      if (d <= (folded.length >= 8 ? 2 : 1) && (!best || d < best[1])) best = [word, d]
    }
    if (!best) return token
    typo = true
    return best[0]
  })
  const suggestion = corrected.join(' ')
  if (suggestion.toLowerCase() === q.toLowerCase()) return undefined
  return typo || total < FEW_HITS ? suggestion : undefined
}

async function send(client: Meilisearch, requests: MultiSearchQuery[]) {
  const response = await client.multiSearch<{ queries: MultiSearchQuery[] }, Doc>({ queries: requests })
  const [main, types] = response.results as unknown as [MeiliResponse<Doc>, MeiliResponse<Doc>?]
  return [main, types ?? main] as const
}

/**
 * Runs a query against Meilisearch: one round trip for the hits, their facets and the per-type
 * counts. Every word must match (typos and missing diacritics forgiven), so that the count means
 * something; only when nothing matches all words does a second round trip drop words from the end.
 */
export async function searchMeilisearch(client: Meilisearch, query: SearchQuery, uid = liveIndexName()): Promise<Omit<SearchResponse, 'took_ms'>> {
  let [main, types] = await send(client, searchRequests(query, uid, 'all'))
  if (!main.totalHits && query.q.includes(' ')) [main, types] = await send(client, searchRequests(query, uid, 'last'))
  const total = main.totalHits ?? main.estimatedTotalHits ?? 0
  const levelLabel = (value: string) => levelOptions.find((o) => o.value === value && value !== 'other')?.label[query.locale]
  const facets: SearchFacets = {
    type: facetCounts(types.facetDistribution?.type, (value) => typeLabels[value as SearchType]?.[query.locale]),
    field: labelledFacet(main.facetDistribution?.fieldFacet),
    ministry: labelledFacet(main.facetDistribution?.ministryFacet),
    level: facetCounts(main.facetDistribution?.levels, levelLabel),
    online: facetCounts(main.facetDistribution?.onlineAvailable, (value) => onlineLabels[value as 'true' | 'false']?.[query.locale]),
  }
  return {
    query,
    hits: main.hits.map(toSearchHit),
    facets,
    total,
    totalPages: main.totalPages ?? Math.ceil(total / query.limit),
    engine: 'meilisearch',
    suggestion: query.page === 1 && query.q ? suggestionOf(query.q, main.hits, total) : undefined,
  }
}
