import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { ContactDetails } from '@/components/directory/ContactDetails'
import { FactList } from '@/components/directory/FactList'
import { HotlineList } from '@/components/directory/HotlineList'
import { Section } from '@/components/procedure/Section'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { FallbackNotice } from '@/components/ui/FallbackNotice'
import { PageHeading } from '@/components/ui/PageHeading'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { agencyTypeOptions } from '@/lib/catalog/agencyTypes'
import { optionLabel } from '@/lib/catalog/options'
import { splitAgencies } from '@/lib/directory/splitAgencies'
import { unitTitle } from '@/lib/directory/unitNames'
import { getAgencies, getAgency, getManagedProcedureCounts } from '@/lib/payload/getAgencies'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// The central bodies are prerendered; the other agencies render on first request and are cached.
export const dynamicParams = true
export const revalidate = 300

export async function generateStaticParams() {
  const [agencies, procedureCounts] = await Promise.all([getAgencies('vi'), getManagedProcedureCounts()])
  return splitAgencies(agencies, (id) => procedureCounts.has(id)).central.map((a) => ({ slug: a.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const agency = await getAgency(decodeURIComponent(slug), locale)
  if (!agency) return {}
  const t = await getTranslations({ locale, namespace: 'Directory' })
  const alternates = alternatesFor({ pathname: '/co-quan/[slug]', params: { slug: agency.slug } }, locale)
  const title = agency.name.text
  return { title, description: t('agencyDescription', { name: title }), alternates, openGraph: { title, url: alternates.canonical } }
}

/** One agency: what it is, how to reach it, its hotlines, former names and the procedures it manages. */
export default async function AgencyPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [t, agency, procedureCounts] = await Promise.all([
    getTranslations({ locale, namespace: 'Directory' }),
    getAgency(decodeURIComponent(slug), locale),
    getManagedProcedureCounts(),
  ])
  if (!agency) notFound()
  const procedureCount = procedureCounts.get(agency.id) ?? 0
  const unit = agency.administrativeUnit ? unitTitle(agency.administrativeUnit, locale, (u) => t('unitTitle', { type: u.type, name: u.nameEn })) : null
  const { contacts, parent } = agency
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('agencies'), href: '/co-quan' },
          { label: agency.name.text, href: { pathname: '/co-quan/[slug]', params: { slug: agency.slug } } },
        ]}
      />
      <PageHeading title={agency.name.text} lang={agency.name.fallbackLang} />
      <FallbackNotice
        show={Boolean(
          agency.name.fallbackLang ||
          parent?.name.fallbackLang ||
          contacts.address.fallbackLang ||
          contacts.openingHours.fallbackLang ||
          agency.hotlines.some((h) => h.name.fallbackLang),
        )}
      />
      <FactList
        facts={[
          { term: t('abbreviation'), value: agency.abbreviation },
          { term: t('agencyType'), value: optionLabel(agencyTypeOptions, agency.type, locale) },
          {
            term: t('parent'),
            value: parent ? (
              <Link href={{ pathname: '/co-quan/[slug]', params: { slug: parent.slug } }} className="link" lang={parent.name.fallbackLang}>
                {parent.name.text}
              </Link>
            ) : null,
          },
          {
            term: t('locality'),
            value:
              agency.administrativeUnit && unit ? (
                <Link href={{ pathname: '/dia-phuong/[slug]', params: { slug: agency.administrativeUnit.slug } }} className="link" lang={unit.fallbackLang}>
                  {unit.text}
                </Link>
              ) : null,
          },
        ]}
      />

      <Section id="contacts" title={t('contacts')}>
        <ContactDetails contacts={contacts} locale={locale} />
      </Section>

      {procedureCount > 0 ? (
        <Section id="procedures" title={t('procedures')}>
          <Link href={{ pathname: '/bo-nganh/[slug]', params: { slug: agency.slug } }} className="link inline-flex min-h-11 items-center font-semibold">
            {t('seeProcedures', { count: procedureCount })}
          </Link>
        </Section>
      ) : null}

      {agency.hotlines.length > 0 ? (
        <Section id="hotlines" title={t('agencyHotlines')}>
          <HotlineList hotlines={agency.hotlines} locale={locale} headingLevel="h3" />
        </Section>
      ) : null}

      {agency.formerNames.length > 0 ? (
        <Section id="former-names" title={t('formerNames')}>
          <ul className="list-disc pl-6" lang={locale === 'vi' ? undefined : 'vi'}>
            {agency.formerNames.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  )
}
