import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { AgencyCard } from '@/components/directory/AgencyCard'
import { GroupedLinks } from '@/components/directory/GroupedLinks'
import { Section } from '@/components/procedure/Section'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { FallbackNotice } from '@/components/ui/FallbackNotice'
import { PageHeading } from '@/components/ui/PageHeading'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { splitAgencies } from '@/lib/directory/splitAgencies'
import { unitShortName } from '@/lib/directory/unitNames'
import { getProvinces } from '@/lib/payload/getAdministrativeUnits'
import { getAgencies, getManagedProcedureCounts } from '@/lib/payload/getAgencies'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale }> }

export const revalidate = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Directory' })
  return { title: t('agencies'), description: t('agenciesLead'), alternates: alternatesFor('/co-quan', locale) }
}

/** The agency directory: central bodies with their contacts and procedures, the other agencies by type, and the provinces. */
export default async function AgenciesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, agencies, procedureCounts, provinces] = await Promise.all([
    getTranslations({ locale, namespace: 'Directory' }),
    getAgencies(locale),
    getManagedProcedureCounts(),
    getProvinces(),
  ])
  const { central, others } = splitAgencies(agencies, (id) => procedureCounts.has(id))
  const contents = [
    { id: 'central', label: t('centralAgencies') },
    { id: 'others', label: t('otherAgencies') },
    { id: 'localities', label: t('byLocality') },
  ]
  return (
    <>
      <Breadcrumbs items={[{ label: t('agencies'), href: '/co-quan' }]} />
      <PageHeading title={t('agencies')} lead={t('agenciesLead')} />
      <FallbackNotice show={agencies.some((a) => a.name.fallbackLang)} />
      <nav aria-labelledby="contents-title" className="mb-6 rounded-lg bg-surface p-4">
        <h2 id="contents-title" className="font-bold">
          {t('onThisPage')}
        </h2>
        <ul className="mt-1 flex flex-wrap gap-x-6">
          {contents.map((c) => (
            <li key={c.id}>
              <a href={`#${c.id}`} className="link inline-flex min-h-11 items-center">
                {c.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="central" title={t('centralAgencies')}>
        <ul className="grid gap-4 md:grid-cols-2">
          {central.map((agency) => (
            <li key={agency.id}>
              <AgencyCard agency={agency} procedureCount={procedureCounts.get(agency.id)} locale={locale} />
            </li>
          ))}
        </ul>
      </Section>

      <Section id="others" title={t('otherAgencies')}>
        <GroupedLinks
          headingLevel="h3"
          groups={others.map((group) => ({
            id: `type-${group.type}`,
            heading: t(`agencyGroup.${group.type}`),
            count: t('agencyCount', { count: group.entries.length }),
            links: group.entries.map((a) => ({ key: a.id, href: { pathname: '/co-quan/[slug]', params: { slug: a.slug } }, name: a.name })),
          }))}
        />
      </Section>

      <Section id="localities" title={t('byLocality')}>
        <p className="mb-3">{t('byLocalityLead')}</p>
        <ul className="grid gap-x-8 sm:grid-cols-2 lg:grid-cols-3">
          {provinces
            .map((p) => ({ ...p, shortName: unitShortName(p, locale) }))
            .sort((a, b) => a.shortName.text.localeCompare(b.shortName.text, 'vi'))
            .map((p) => (
              <li key={p.slug} className="border-b border-line">
                <Link href={{ pathname: '/dia-phuong/[slug]', params: { slug: p.slug } }} className="link block py-2" lang={p.shortName.fallbackLang}>
                  {p.shortName.text}
                </Link>
              </li>
            ))}
        </ul>
        <p className="mt-3">
          <Link href="/dia-phuong" className="link inline-flex min-h-11 items-center font-semibold">
            {t('allProvinces')}
          </Link>
        </p>
      </Section>
    </>
  )
}
