import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { LifeEventCards } from '@/components/listing/LifeEventCards'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/routing'
import { getLifeEvents } from '@/lib/payload/getLifeEvents'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale }> }

export const revalidate = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Browse' })
  return { title: t('lifeEvents'), description: t('lifeEventsLead'), alternates: alternatesFor('/su-kien', locale) }
}

/** Life events for citizens, then for businesses. */
export default async function LifeEventsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, events] = await Promise.all([getTranslations({ locale, namespace: 'Browse' }), getLifeEvents(locale)])
  return (
    <>
      <Breadcrumbs items={[{ label: t('lifeEvents'), href: '/su-kien' }]} />
      <PageHeading title={t('lifeEvents')} lead={t('lifeEventsLead')} />
      {(['citizen', 'business'] as const).map((audience) => (
        <section key={audience} aria-labelledby={`events-${audience}`} className="mb-8">
          <h2 id={`events-${audience}`} className="mb-3 text-xl font-bold">
            {t(`eventsFor.${audience}`)}
          </h2>
          <LifeEventCards events={events.filter((e) => e.audience === audience)} countLabel={(count) => t('procedureCount', { count })} />
        </section>
      ))}
    </>
  )
}
