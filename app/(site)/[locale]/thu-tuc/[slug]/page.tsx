import type { Metadata } from 'next'
import { draftMode, headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { AbolishedNotice } from '@/components/procedure/AbolishedNotice'
import { PreviewBanner } from '@/components/procedure/PreviewBanner'
import { ProcedureBody } from '@/components/procedure/ProcedureBody'
import type { Locale } from '@/i18n/routing'
import { getAbolishedProcedure, getPrerenderedProcedureSlugs, getProcedure, getProcedurePreview } from '@/lib/payload/getProcedure'
import { procedureJsonLd } from '@/lib/seo/procedureJsonLd'
import { absoluteUrl, alternatesFor } from '@/lib/site/siteUrl'
import { JsonLd } from '@/components/seo/JsonLd'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// The most visited procedures are prerendered; the others are rendered on first request and cached.
export const dynamicParams = true
// Cached until the procedure changes (tags), and at most 5 minutes at a CDN (docs/adr/0004).
export const revalidate = 300

export async function generateStaticParams() {
  const slugs = await getPrerenderedProcedureSlugs(Number(process.env.PRERENDER_PROCEDURES ?? 50))
  return slugs.map((slug) => ({ slug }))
}

/**
 * The published procedure; in draft mode (staff previewing, app/api/preview) the latest draft the
 * signed-in account may read, uncached. Draft mode alone, without a staff session, shows what the public sees.
 */
async function load(slug: string, locale: Locale) {
  if ((await draftMode()).isEnabled) {
    const draft = await getProcedurePreview(slug, locale, await headers())
    if (draft) return { data: draft, preview: true }
  }
  return { data: await getProcedure(slug, locale), preview: false }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const { data } = await load(decodeURIComponent(slug), locale)
  if (!data) {
    const abolished = await getAbolishedProcedure(decodeURIComponent(slug), locale)
    return abolished ? { title: abolished.name, robots: { index: false } } : {}
  }
  const t = await getTranslations({ locale, namespace: 'Procedure' })
  const href = { pathname: '/thu-tuc/[slug]' as const, params: { slug: data.procedure.slug ?? slug } }
  return {
    title: data.procedure.name,
    description: `${t('code')} ${data.procedure.code}`,
    alternates: alternatesFor(href, locale),
    openGraph: { title: data.procedure.name, type: 'article', locale: locale === 'vi' ? 'vi_VN' : 'en_GB', url: alternatesFor(href, locale).canonical },
  }
}

export default async function ProcedurePage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const { data, preview } = await load(decodeURIComponent(slug), locale)
  if (!data) {
    // An abolished procedure's address says so, and by which decision, instead of "not found".
    const abolished = await getAbolishedProcedure(decodeURIComponent(slug), locale)
    if (abolished) return <AbolishedNotice procedure={abolished} locale={locale} />
    notFound()
  }
  const { procedure } = data
  const url = absoluteUrl({ pathname: '/thu-tuc/[slug]', params: { slug: procedure.slug ?? slug } }, locale)
  const nameOf = (relation: unknown) => (relation && typeof relation === 'object' ? (relation as { name?: string }).name : undefined)
  return (
    <>
      <JsonLd
        data={procedureJsonLd(
          { code: procedure.code, name: procedure.name, ministryName: nameOf(procedure.ministry), fieldName: nameOf(procedure.field), channels: procedure.channels ?? [] },
          url,
          locale,
        )}
      />
      {preview && <PreviewBanner locale={locale} slug={procedure.slug ?? slug} />}
      <ProcedureBody data={data} locale={locale} />
    </>
  )
}
