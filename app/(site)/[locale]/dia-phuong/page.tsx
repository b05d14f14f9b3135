import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { CountedLinks } from '@/components/listing/CountedLinks'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/routing'
import { groupByType } from '@/lib/directory/groupByType'
import { unitShortName } from '@/lib/directory/unitNames'
import { getProvinces } from '@/lib/payload/getAdministrativeUnits'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale }> }

export const revalidate = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Directory' })
  return { title: t('localities'), description: t('localitiesLead'), alternates: alternatesFor('/dia-phuong', locale) }
}

/** The 34 provinces and centrally run cities, the cities first, each with its number of communes. */
export default async function LocalitiesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, provinces] = await Promise.all([getTranslations({ locale, namespace: 'Directory' }), getProvinces()])
  const named = provinces.map((p) => ({ ...p, shortName: unitShortName(p, locale) }))
  const groups = groupByType(named, ['city', 'province'] as const, (p) => p.shortName.text)
  return (
    <>
      <Breadcrumbs items={[{ label: t('localities'), href: '/dia-phuong' }]} />
      <PageHeading title={t('localities')} lead={t('localitiesLead')}>
        <p className="mt-2 font-semibold">{t('provinceCount', { count: provinces.length })}</p>
      </PageHeading>
      {groups.map((group) => (
        <section key={group.type} aria-labelledby={`group-${group.type}`} className="mb-8">
          <h2 id={`group-${group.type}`} className="mb-2 text-xl font-bold">
            {t(`provinceGroup.${group.type}`)}
          </h2>
          <CountedLinks
            columns
            items={group.entries.map((p) => ({ key: p.slug, name: p.shortName, href: { pathname: '/dia-phuong/[slug]', params: { slug: p.slug } }, count: p.communeCount }))}
            countLabel={(count) => t('communeCount', { count })}
          />
        </section>
      ))}
    </>
  )
}
