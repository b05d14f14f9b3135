import NextLink from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import type { SearchQuery } from '@/lib/search/types'
import { hasFilters, searchUrl } from '@/lib/site/searchUrl'
import { SearchHelp } from './SearchHelp'

/** A search that found nothing: what to try, a way out of the filters, the most used procedures and the hotlines. */
export async function NoResults({ query, locale }: { query: SearchQuery; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  const narrowed = query.type !== undefined || hasFilters(query)
  return (
    <div data-testid="no-results">
      <h2 className="mb-4 text-xl font-bold">{query.q ? t('noResults', { q: query.q }) : t('noResultsFiltered')}</h2>
      {query.q && narrowed ? (
        <p className="mb-4">
          <NextLink href={searchUrl({ q: query.q }, locale)} prefetch={false} className="link font-semibold">
            {t('withoutFilters')}
          </NextLink>
        </p>
      ) : null}
      <h2 className="mb-2 text-xl font-bold">{t('tips')}</h2>
      <ul className="mb-8 list-disc space-y-1 pl-6">
        <li>{t('tipSpelling')}</li>
        <li>{t('tipFewerWords')}</li>
        <li>{t('tipEveryday')}</li>
        <li>
          {t.rich('tipBrowse', {
            link: (chunks) => (
              <Link href="/linh-vuc" className="link">
                {chunks}
              </Link>
            ),
          })}
        </li>
      </ul>
      <SearchHelp locale={locale} />
    </div>
  )
}
