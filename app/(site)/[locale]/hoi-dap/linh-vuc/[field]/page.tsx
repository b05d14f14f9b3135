import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { FaqIndex } from '@/components/content/FaqIndex'
import type { Locale } from '@/i18n/routing'
import { getFaqs } from '@/lib/payload/getContent'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale; field: string }> }

export const revalidate = 300

export async function generateStaticParams() {
  const faqs = await getFaqs('vi')
  return [...new Set(faqs.flatMap((f) => (f.field ? [f.field.slug] : [])))].map((field) => ({ field }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, field } = await params
  const [t, faqs] = await Promise.all([getTranslations({ locale, namespace: 'Faq' }), getFaqs(locale)])
  const name = faqs.find((f) => f.field?.slug === field)?.field?.name.text
  if (!name) return {}
  return { title: t('titleForField', { field: name }), alternates: alternatesFor({ pathname: '/hoi-dap/linh-vuc/[field]', params: { field } }, locale) }
}

export default async function FaqFieldPage({ params }: Props) {
  const { locale, field } = await params
  setRequestLocale(locale)
  return <FaqIndex locale={locale} fieldSlug={decodeURIComponent(field)} />
}
