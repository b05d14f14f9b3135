import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { ProcedureList } from '@/components/listing/ProcedureList'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { FallbackNotice } from '@/components/ui/FallbackNotice'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/routing'
import { getLifeEvent, getLifeEvents } from '@/lib/payload/getLifeEvents'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export const revalidate = 300

export async function generateStaticParams() {
  return (await getLifeEvents('vi')).map((e) => ({ slug: e.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const event = await getLifeEvent(decodeURIComponent(slug), locale)
  if (!event) return {}
  const alternates = alternatesFor({ pathname: '/su-kien/[slug]', params: { slug: event.slug } }, locale)
  return { title: event.name.text, description: event.summary.text, alternates, openGraph: { title: event.name.text, url: alternates.canonical } }
}

/** The procedures of one life event, in the order they are usually done. */
export default async function LifeEventPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [t, event] = await Promise.all([getTranslations({ locale, namespace: 'Browse' }), getLifeEvent(decodeURIComponent(slug), locale)])
  if (!event) notFound()
  return (
    <>
      <Breadcrumbs items={[{ label: t('lifeEvents'), href: '/su-kien' }, { label: event.name.text, href: { pathname: '/su-kien/[slug]', params: { slug: event.slug } } }]} />
      <PageHeading title={event.name.text} lead={event.summary.text} lang={event.name.fallbackLang}>
        <p className="mt-2 font-semibold" data-testid="listing-count">
          {t('procedureCount', { count: event.procedureCount })}
        </p>
      </PageHeading>
      <FallbackNotice show={Boolean(event.name.fallbackLang || event.procedures.some((p) => p.name.fallbackLang))} />
      <ProcedureList items={event.procedures} locale={locale} />
    </>
  )
}
