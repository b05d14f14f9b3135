import NextLink from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getPathname } from '@/i18n/paths'
import type { Locale } from '@/i18n/routing'
import { DEFAULT_LIMIT, type FacetCount, type SearchResponse } from '@/lib/search/types'
import { searchUrl } from '@/lib/site/searchUrl'

type Filter = { name: 'field' | 'ministry' | 'level' | 'online'; label: string; any: string; options: FacetCount[]; value?: string; valueLabel?: string }

/**
 * Filters as a GET form of selects (works without JavaScript), keeping the words and the tab.
 * Each select lists the values found, with counts; a filter the engine gave no values for is left
 * out unless it is set. Open while a filter is set, folded away otherwise (phones).
 */
export async function SearchFilters({ result, locale }: { result: SearchResponse; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  const { query, facets, hits } = result
  const filters: Filter[] = [
    { name: 'field', label: t('field'), any: t('anyField'), options: facets.field, value: query.field, valueLabel: hits.find((h) => h.field?.slug === query.field)?.field?.name },
    { name: 'ministry', label: t('ministry'), any: t('anyMinistry'), options: facets.ministry, value: query.ministry, valueLabel: hits.find((h) => h.ministry?.slug === query.ministry)?.ministry?.name },
    { name: 'level', label: t('level'), any: t('anyLevel'), options: facets.level, value: query.level },
    { name: 'online', label: t('online'), any: t('anyOnline'), options: facets.online, value: query.online === undefined ? undefined : String(query.online) },
  ]
  const shown = filters.filter((f) => f.options.length > 0 || f.value)
  if (shown.length === 0) return null
  const active = filters.filter((f) => f.value).length
  return (
    <details open={active > 0} className="mb-6 rounded border border-line bg-surface">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold">
        {t('filters')}
        {active > 0 ? ` (${t('activeFilters', { count: active })})` : ''}
      </summary>
      <form action={getPathname({ href: '/tim-kiem', locale })} method="get" className="grid gap-4 px-4 pb-4 sm:grid-cols-2 lg:grid-cols-4">
        {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
        {query.type ? <input type="hidden" name="type" value={query.type} /> : null}
        {query.limit !== DEFAULT_LIMIT ? <input type="hidden" name="limit" value={query.limit} /> : null}
        {shown.map((filter) => {
          const options = filter.value && !filter.options.some((o) => o.value === filter.value) ? [{ value: filter.value, label: filter.valueLabel ?? filter.value }] : filter.options
          return (
            <div key={filter.name} className="min-w-0">
              <label htmlFor={`filter-${filter.name}`} className="mb-1 block font-semibold">
                {filter.label}
              </label>
              <select id={`filter-${filter.name}`} name={filter.name} defaultValue={filter.value ?? ''} className="w-full rounded border-2 border-gray-700 bg-white px-2 py-2">
                <option value="">{filter.any}</option>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {'count' in o ? t('count', { label: o.label, count: o.count }) : o.label}
                  </option>
                ))}
              </select>
            </div>
          )
        })}
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            {t('apply')}
          </button>
          {active > 0 ? (
            <NextLink href={searchUrl({ q: query.q, type: query.type, limit: query.limit }, locale)} prefetch={false} className="link">
              {t('clearFilters')}
            </NextLink>
          ) : null}
        </div>
      </form>
    </details>
  )
}
