import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { DecisionListing } from '@/components/content/DecisionListing'
import type { Locale } from '@/i18n/routing'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale }> }

export const revalidate = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Decision' })
  return { title: t('list'), description: t('listLead'), alternates: alternatesFor('/quyet-dinh', locale) }
}

export default async function DecisionsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <DecisionListing page={1} locale={locale} />
}
