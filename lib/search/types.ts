import type { Locale } from '@/i18n/routing'
import type { ImplementationLevel } from '@/lib/catalog/types'

/** What the portal's search finds, each shown in its own tab of the results page. */
export const searchTypes = ['procedure', 'faq', 'decision', 'agency'] as const
export type SearchType = (typeof searchTypes)[number]

/** The implementation levels one can filter on (not "other"). */
export const searchLevels = ['ministry', 'province', 'commune'] as const satisfies ImplementationLevel[]
export type SearchLevel = (typeof searchLevels)[number]

/** The longest query accepted; a longer one is refused (API) or cut (site). */
export const MAX_QUERY_LENGTH = 200
export const MAX_LIMIT = 50
export const DEFAULT_LIMIT = 10

/** A validated search request (see parseSearchParams). */
export interface SearchQuery {
  /** What the citizen typed, trimmed; may be empty (then: browse everything with facets). */
  q: string
  /** Only this kind of result; absent: all kinds. */
  type?: SearchType
  /** Field (lĩnh vực) slug, as in /linh-vuc/<slug>. Procedures and FAQs only. */
  field?: string
  /** Managing ministry slug, as in /bo-nganh/<slug>. Procedures only. */
  ministry?: string
  /** Implementation level. Procedures only. */
  level?: SearchLevel
  /** true: only procedures that can be done online (fully or partly); false: only those that cannot. */
  online?: boolean
  /** 1-based page number. */
  page: number
  /** Hits per page, 1–50. */
  limit: number
  locale: Locale
}

/**
 * One result. `title` and `snippet` are HTML-escaped text in which the matched words are wrapped
 * in <mark>…</mark> and nothing else is markup: safe to render as HTML (see components/search/Highlighted).
 */
export interface SearchHit {
  type: SearchType
  /** Payload document id, as a string. */
  id: string
  /** National procedure code (1.001193) or decision number; absent for FAQs and agencies. */
  code?: string
  /** Plain title, for places where no markup may go (aria labels, suggestions' values). */
  plainTitle: string
  title: string
  snippet: string
  /** Path on the public site in the request's locale (/thu-tuc/…, /en/procedures/…). */
  url: string
  field?: { slug: string; name: string }
  ministry?: { slug: string; name: string }
  online?: 'full' | 'partial' | 'none'
  /** The procedure's content exists only in Vietnamese (shown in an English search). */
  vietnameseOnly?: boolean
}

export interface FacetCount {
  /** The value to put into the filter parameter. */
  value: string
  /** What to show, in the request's locale. */
  label: string
  count: number
}

export interface SearchFacets {
  type: FacetCount[]
  field: FacetCount[]
  ministry: FacetCount[]
  level: FacetCount[]
  online: FacetCount[]
}

export type SearchEngine = 'meilisearch' | 'postgres'

export interface SearchResponse {
  query: SearchQuery
  hits: SearchHit[]
  facets: SearchFacets
  /** Hits matching the query and all filters (exact up to 100,000, the index's maxTotalHits). */
  total: number
  totalPages: number
  took_ms: number
  /** Which engine answered: PostgreSQL when Meilisearch is unreachable (results may be less precise). */
  engine: SearchEngine
  /** "Did you mean": a corrected query (diacritics restored, typos fixed) when it differs from q. */
  suggestion?: string
}
