import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { HotlineList } from '@/components/directory/HotlineList'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { FallbackNotice } from '@/components/ui/FallbackNotice'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/routing'
import { getHotlines } from '@/lib/payload/getHotlines'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale }> }

export const revalidate = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Hotlines' })
  return { title: t('title'), description: t('lead'), alternates: alternatesFor('/duong-day-nong', locale) }
}

/** Every hotline in its editors' order, each number a large link that dials it. */
export default async function HotlinesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, hotlines] = await Promise.all([getTranslations({ locale, namespace: 'Hotlines' }), getHotlines(locale)])
  return (
    <>
      <Breadcrumbs items={[{ label: t('title'), href: '/duong-day-nong' }]} />
      <PageHeading title={t('title')} lead={t('lead')} />
      <FallbackNotice show={hotlines.some((h) => h.name.fallbackLang || h.description.fallbackLang || h.hours.fallbackLang || h.agency?.name.fallbackLang)} />
      {hotlines.length > 0 ? <HotlineList hotlines={hotlines} locale={locale} headingLevel="h2" /> : <p>{t('none')}</p>}
    </>
  )
}
