import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageHeading } from '@/components/ui/PageHeading'
import { Pagination } from '@/components/ui/Pagination'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { listDecisions } from '@/lib/payload/getContent'
import { decisionPageHref } from '@/lib/site/hrefs'

/** A page of publication decisions: number, issuer and title. */
export async function DecisionListing({ page, locale }: { page: number | null; locale: Locale }) {
  if (page === null) notFound()
  const [t, result] = await Promise.all([getTranslations({ locale, namespace: 'Decision' }), listDecisions(page, locale)])
  if (page > Math.max(result.totalPages, 1)) notFound()
  return (
    <>
      <Breadcrumbs items={[{ label: t('list'), href: '/quyet-dinh' }]} />
      <PageHeading title={page > 1 ? t('listWithPage', { page }) : t('list')} lead={t('listLead')}>
        <p className="mt-2 font-semibold" data-testid="listing-count">
          {t('count', { count: result.totalDocs })}
        </p>
      </PageHeading>
      <ul className="divide-y divide-line border-y border-line">
        {result.items.map((d) => (
          <li key={d.slug} className="py-3">
            <Link href={{ pathname: '/quyet-dinh/[slug]', params: { slug: d.slug } }} className="link font-semibold">
              {t('numbered', { number: d.number })}
            </Link>
            {d.issuer ? (
              <p className="text-sm text-muted" lang={d.issuer.fallbackLang}>
                {d.issuer.text}
              </p>
            ) : null}
            {d.title.text ? <p lang={d.title.fallbackLang}>{d.title.text}</p> : null}
          </li>
        ))}
      </ul>
      <Pagination page={page} totalPages={result.totalPages} hrefFor={decisionPageHref} />
    </>
  )
}
