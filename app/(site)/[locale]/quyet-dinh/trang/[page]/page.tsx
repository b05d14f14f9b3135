import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { DecisionListing } from '@/components/content/DecisionListing'
import { permanentRedirect } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { parsePage } from '@/lib/site/browse'
import { decisionPageHref } from '@/lib/site/hrefs'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale; page: string }> }

export const revalidate = 300

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params
  const number = parsePage(page)
  if (!number) return {}
  const t = await getTranslations({ locale, namespace: 'Decision' })
  return { title: t('listWithPage', { page: number }), alternates: alternatesFor(decisionPageHref(number), locale) }
}

export default async function DecisionsPageN({ params }: Props) {
  const { locale, page } = await params
  setRequestLocale(locale)
  const number = parsePage(page)
  if (number === 1) permanentRedirect({ href: '/quyet-dinh', locale })
  return <DecisionListing page={number} locale={locale} />
}
