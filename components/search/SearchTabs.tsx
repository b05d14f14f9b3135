import NextLink from 'next/link'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { typeLabels } from '@/lib/search/labels'
import { type SearchResponse, type SearchType, searchTypes } from '@/lib/search/types'
import { searchUrl } from '@/lib/site/searchUrl'

/** The kinds of result as links with their counts ("all" first); the current one is marked. Filters are kept. */
export async function SearchTabs({ result, locale }: { result: SearchResponse; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  const { query, facets } = result
  const countOf = (type: SearchType) => facets.type.find((f) => f.value === type)?.count ?? 0
  const tabs = [
    { type: undefined, label: t('allTypes'), count: facets.type.reduce((sum, f) => sum + f.count, 0) },
    ...searchTypes.map((type) => ({ type, label: typeLabels[type][locale], count: countOf(type) })),
  ]
  // Nothing of any kind: the tabs would only repeat "0" (the page says that nothing was found).
  if (tabs[0]!.count === 0) return null
  return (
    <nav aria-label={t('types')} className="mb-4 border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-x-2">
        {tabs.map(({ type, label, count }) => {
          const current = type === query.type
          return (
            <li key={type ?? 'all'}>
              <NextLink
                href={searchUrl({ ...query, type, page: 1 }, locale)}
                prefetch={false}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-2 ${current ? 'border-brand font-bold text-ink' : 'link border-transparent'}`}
              >
                {t('count', { label, count })}
              </NextLink>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
