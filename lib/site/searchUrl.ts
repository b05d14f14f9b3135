import { getPathname } from '@/i18n/paths'
import type { Locale } from '@/i18n/routing'
import { DEFAULT_LIMIT, MAX_QUERY_LENGTH, type SearchQuery } from '@/lib/search/types'

export type SearchLink = Partial<Omit<SearchQuery, 'locale'>>

/**
 * The results page's URL for these parameters in a locale ("/tim-kiem?q=khai+sinh&type=procedure&page=2"),
 * in a fixed order, without page 1 or the default page size: one shareable URL per search.
 */
export function searchUrl(link: SearchLink, locale: Locale): string {
  const params = new URLSearchParams()
  if (link.q) params.set('q', link.q)
  for (const key of ['type', 'field', 'ministry', 'level'] as const) if (link[key]) params.set(key, link[key])
  if (link.online !== undefined) params.set('online', String(link.online))
  if (link.page && link.page > 1) params.set('page', String(link.page))
  if (link.limit && link.limit !== DEFAULT_LIMIT) params.set('limit', String(link.limit))
  const path = getPathname({ href: '/tim-kiem', locale })
  return params.size ? `${path}?${params}` : path
}

/** Whether anything narrows the search besides the words. */
export const hasFilters = (link: SearchLink) => Boolean(link.field || link.ministry || link.level || link.online !== undefined)

/**
 * A page's searchParams as parseSearchParams reads them: a repeated parameter stays repeated (an
 * error), a query longer than the longest allowed is cut, and `locale` is left out (the route decides).
 */
export function searchParamsOf(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(record)) {
    if (key === 'locale') continue
    for (const one of [value ?? ''].flat()) params.append(key, key === 'q' ? one.slice(0, MAX_QUERY_LENGTH) : one)
  }
  return params
}
