import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { RichTextBody } from '@/components/content/RichTextBody'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { FallbackNotice } from '@/components/ui/FallbackNotice'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/routing'
import { lexicalToPlainText } from '@/lib/content/lexicalToPlainText'
import { getPage, getPageSlugs } from '@/lib/payload/getContent'
import { formatDate } from '@/lib/site/formatDate'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export const revalidate = 300

export async function generateStaticParams() {
  return (await getPageSlugs()).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const page = await getPage(decodeURIComponent(slug), locale)
  if (!page) return {}
  return {
    title: page.title.text,
    description: lexicalToPlainText(page.content).slice(0, 200),
    alternates: alternatesFor({ pathname: '/trang/[slug]', params: { slug: page.slug } }, locale),
  }
}

/** An editable page: about the portal, terms of use, accessibility statement … */
export default async function ContentPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [t, page] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), getPage(decodeURIComponent(slug), locale)])
  if (!page) notFound()
  return (
    <>
      <Breadcrumbs items={[{ label: page.title.text, href: { pathname: '/trang/[slug]', params: { slug: page.slug } } }]} />
      <FallbackNotice show={Boolean(page.title.fallbackLang || page.contentLang)} />
      <PageHeading title={page.title.text} lang={page.title.fallbackLang} />
      {page.content ? <RichTextBody data={page.content} lang={page.contentLang} /> : null}
      <p className="mt-8 text-sm text-muted">
        {t('updated')}: {formatDate(page.updatedAt, locale)}
      </p>
    </>
  )
}
