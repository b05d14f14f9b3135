import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { CountedLinks } from '@/components/listing/CountedLinks'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { FallbackNotice } from '@/components/ui/FallbackNotice'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/routing'
import { countProcedures } from '@/lib/payload/countProcedures'
import { getMinistries } from '@/lib/payload/getCatalogs'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale }> }

export const revalidate = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Browse' })
  return { title: t('ministries'), description: t('ministriesLead'), alternates: alternatesFor('/bo-nganh', locale) }
}

/** The ministries and ministry-level bodies that manage procedures, most procedures first. */
export default async function MinistriesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, ministries, counts] = await Promise.all([getTranslations({ locale, namespace: 'Browse' }), getMinistries(locale), countProcedures()])
  const items = ministries
    .filter((m) => counts.byMinistry[m.id])
    .map((m) => ({ key: m.id, name: m.name, href: { pathname: '/bo-nganh/[slug]' as const, params: { slug: m.slug } }, count: counts.byMinistry[m.id] }))
    .sort((a, b) => b.count - a.count)
  return (
    <>
      <Breadcrumbs items={[{ label: t('ministries'), href: '/bo-nganh' }]} />
      <PageHeading title={t('ministries')} lead={t('ministriesLead')} />
      <FallbackNotice show={items.some((i) => i.name.fallbackLang)} />
      <CountedLinks items={items} countLabel={(count) => t('procedureCount', { count })} />
    </>
  )
}
