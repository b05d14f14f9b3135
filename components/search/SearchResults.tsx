import NextLink from 'next/link'
import { getTranslations } from 'next-intl/server'
import type React from 'react'
import { Pagination } from '@/components/ui/Pagination'
import type { Locale } from '@/i18n/routing'
import type { SearchResponse } from '@/lib/search/types'
import { searchUrl } from '@/lib/site/searchUrl'
import { NoResults } from './NoResults'
import { SearchFilters } from './SearchFilters'
import { SearchHitList } from './SearchHitList'
import { SearchTabs } from './SearchTabs'

/** parseSearchParams refuses pages past this one, so pagination stops there. */
const LAST_PAGE = 100

/** A link around a message's <link> chunk (t.rich). */
function linkTo(href: string, className = 'link font-semibold') {
  return function MessageLink(chunks: React.ReactNode) {
    return (
      <NextLink href={href} prefetch={false} className={className}>
        {chunks}
      </NextLink>
    )
  }
}

/** One answer of the search: notices, "did you mean", tabs, filters, then the hits and their pages, or help when there are none. */
export async function SearchResults({ result, locale }: { result: SearchResponse; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  const { query, hits, suggestion, total } = result
  const first = (query.page - 1) * query.limit + 1
  return (
    <>
      {result.engine === 'postgres' ? (
        <p className="mb-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3" data-testid="search-engine-notice">
          {t('lessPrecise')}
        </p>
      ) : null}
      {suggestion ? <p className="mb-4 text-lg">{t.rich('didYouMean', { suggestion, link: linkTo(searchUrl({ ...query, q: suggestion, page: 1 }, locale)) })}</p> : null}
      <SearchTabs result={result} locale={locale} />
      <SearchFilters result={result} locale={locale} />
      {hits.length > 0 ? (
        <section aria-labelledby="search-results-title">
          <h2 id="search-results-title" className="sr-only">
            {t('results')}
          </h2>
          <p className="mb-3 font-semibold" data-testid="search-count">
            {t(query.q ? 'showingFor' : 'showing', { from: first, to: first + hits.length - 1, total, q: query.q })}
          </p>
          <SearchHitList hits={hits} locale={locale} first={first} showType={!query.type} />
          <Pagination page={query.page} totalPages={Math.min(result.totalPages, LAST_PAGE)} urlFor={(page) => searchUrl({ ...query, page }, locale)} />
        </section>
      ) : total > 0 ? (
        <p>{t.rich('pastLastPage', { page: query.page, link: linkTo(searchUrl({ ...query, page: 1 }, locale), 'link') })}</p>
      ) : (
        <NoResults query={query} locale={locale} />
      )}
    </>
  )
}
