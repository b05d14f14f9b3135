import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { InvalidSearch } from '@/components/search/InvalidSearch'
import { SearchBox } from '@/components/search/SearchBox'
import { SearchHelp } from '@/components/search/SearchHelp'
import { SearchResults } from '@/components/search/SearchResults'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/routing'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { parseSearchParams } from '@/lib/search/parseSearchParams'
import { searchPortal } from '@/lib/search/searchPortal'
import { hasFilters, searchParamsOf } from '@/lib/site/searchUrl'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Every search is its own page, rendered on request from the query string.
export const dynamic = 'force-dynamic'

async function readSearch({ params, searchParams }: Props) {
  const [{ locale }, raw] = await Promise.all([params, searchParams])
  const urlParams = searchParamsOf(raw)
  return { locale, urlParams, parsed: parseSearchParams(urlParams, { locale }) }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, parsed } = await readSearch(props)
  const t = await getTranslations({ locale, namespace: 'Search' })
  const query = parsed.ok ? parsed.query : undefined
  const title = !query?.q ? t('title') : query.page > 1 ? t('titleWithPage', { q: query.q, page: query.page }) : t('titleWithQuery', { q: query.q })
  // Result pages are endless and change with the index: not for search engines.
  return { title, robots: { index: false } }
}

/**
 * The results page (/tim-kiem?q=…, /en/search?q=…): a GET form, tabs by type, filters, hits and
 * pages as links, so it all works without JavaScript. Bad parameters get a message in the page's
 * language with status 200 (a page cannot set another status in the App Router), and the form.
 */
export default async function SearchPage(props: Props) {
  const { locale, urlParams, parsed } = await readSearch(props)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Search' })
  const query = parsed.ok ? parsed.query : undefined
  const browsing = query && (query.q || query.type || hasFilters(query))
  const result = browsing
    ? await searchPortal(query, { payload: getPayloadClient, log: (message) => void getPayloadClient().then((payload) => payload.logger.warn(message)) })
    : undefined
  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), href: '/tim-kiem' }]} />
      <PageHeading title={query?.q ? t('titleWithQuery', { q: query.q }) : t('title')} />
      <div className="mb-6 max-w-2xl">
        <SearchBox locale={locale} id="search-page-q" name={t('pageSearch')} label={t('pageLabel')} defaultValue={query?.q ?? urlParams.get('q') ?? ''} />
      </div>
      {!parsed.ok ? <InvalidSearch issues={parsed.issues} params={urlParams} locale={locale} /> : null}
      {result ? <SearchResults result={result} locale={locale} /> : null}
      {parsed.ok && !result ? (
        <>
          <p className="mb-8">{t('intro')}</p>
          <SearchHelp locale={locale} />
        </>
      ) : null}
    </>
  )
}
