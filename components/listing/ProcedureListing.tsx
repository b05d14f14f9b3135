import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import type { Where } from 'payload'
import { Breadcrumbs, type Crumb } from '@/components/ui/Breadcrumbs'
import { FallbackNotice } from '@/components/ui/FallbackNotice'
import { PageHeading } from '@/components/ui/PageHeading'
import { Pagination } from '@/components/ui/Pagination'
import type { Href } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { listProcedures } from '@/lib/payload/listProcedures'
import { PAGE_SIZE } from '@/lib/site/browse'
import { ProcedureList } from './ProcedureList'

interface Props {
  locale: Locale
  title: string
  lead?: string
  crumbs: Crumb[]
  where: Where
  page: number | null
  hrefFor: (page: number) => Href
}

/** A paginated list of the published procedures matching `where`, with its count; 404 past the last page. */
export async function ProcedureListing({ locale, title, lead, crumbs, where, page, hrefFor }: Props) {
  if (page === null) notFound()
  const [t, result] = await Promise.all([getTranslations({ locale, namespace: 'Listing' }), listProcedures(where, page, locale)])
  if (page > Math.max(result.totalPages, 1)) notFound()
  const first = (page - 1) * PAGE_SIZE + 1
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeading title={page > 1 ? t('titleWithPage', { title, page }) : title} lead={lead}>
        <p className="mt-2 font-semibold" data-testid="listing-count">
          {result.totalDocs === 0
            ? t('none')
            : t('showing', { from: first, to: first + result.items.length - 1, total: result.totalDocs })}
        </p>
      </PageHeading>
      <FallbackNotice show={result.items.some((p) => p.name.fallbackLang)} />
      <ProcedureList items={result.items} locale={locale} />
      <Pagination page={page} totalPages={result.totalPages} hrefFor={hrefFor} />
    </>
  )
}
