import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { FactList } from '@/components/directory/FactList'
import { FormerUnitList } from '@/components/directory/FormerUnitList'
import { GroupedLinks } from '@/components/directory/GroupedLinks'
import { Section } from '@/components/procedure/Section'
import { Breadcrumbs, type Crumb } from '@/components/ui/Breadcrumbs'
import { FallbackNotice } from '@/components/ui/FallbackNotice'
import { PageHeading } from '@/components/ui/PageHeading'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { groupByType } from '@/lib/directory/groupByType'
import type { UnitLink } from '@/lib/directory/types'
import { unitShortName, unitTitle } from '@/lib/directory/unitNames'
import { getAdministrativeUnit, getProvinces } from '@/lib/payload/getAdministrativeUnits'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Provinces are prerendered; the 3,321 communes render on first request and are cached.
export const dynamicParams = true
export const revalidate = 300

export async function generateStaticParams() {
  return (await getProvinces()).map((p) => ({ slug: p.slug }))
}

const hrefOf = (unit: UnitLink) => ({ pathname: '/dia-phuong/[slug]' as const, params: { slug: unit.slug } })

async function titleOf(unit: UnitLink, locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Directory' })
  return unitTitle(unit, locale, (u) => t('unitTitle', { type: u.type, name: u.nameEn }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const unit = await getAdministrativeUnit(decodeURIComponent(slug), locale)
  if (!unit) return {}
  const [t, title] = await Promise.all([getTranslations({ locale, namespace: 'Directory' }), titleOf(unit, locale)])
  const alternates = alternatesFor(hrefOf(unit), locale)
  const description = t(unit.level === 'province' ? 'provinceDescription' : 'communeDescription', { name: title.text })
  return { title: title.text, description, alternates, openGraph: { title: title.text, url: alternates.canonical } }
}

/** A province with its communes, or a commune with its province; both with their former units and agencies. */
export default async function LocalityPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [t, unit] = await Promise.all([getTranslations({ locale, namespace: 'Directory' }), getAdministrativeUnit(decodeURIComponent(slug), locale)])
  if (!unit) notFound()
  const title = await titleOf(unit, locale)
  const province = unit.parent ? await titleOf(unit.parent, locale) : null
  const crumbs: Crumb[] = [{ label: t('localities'), href: '/dia-phuong' }]
  if (unit.parent && province) crumbs.push({ label: province.text, href: hrefOf(unit.parent) })
  crumbs.push({ label: title.text, href: hrefOf(unit) })
  const communeGroups = groupByType(
    unit.communes.map((c) => ({ ...c, shortName: unitShortName(c, locale) })),
    ['ward', 'commune', 'specialZone'] as const,
    (c) => c.shortName.text,
  )
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeading title={title.text} lang={title.fallbackLang} />
      <FallbackNotice show={Boolean(title.fallbackLang || unit.agencies.some((a) => a.name.fallbackLang))} />
      <FactList
        facts={[
          { term: t('vietnameseName'), value: locale === 'vi' ? null : <span lang="vi">{unit.fullName}</span> },
          { term: t('unitKind'), value: t(`unitType.${unit.type}`) },
          { term: t('code'), value: unit.code },
          {
            term: t('province'),
            value:
              unit.parent && province ? (
                <Link href={hrefOf(unit.parent)} className="link" lang={province.fallbackLang}>
                  {province.text}
                </Link>
              ) : null,
          },
          { term: t('communes'), value: unit.level === 'province' ? t('communeCount', { count: unit.communes.length }) : null },
        ]}
      />

      {unit.level === 'province' ? (
        <Section id="communes" title={t('communes')}>
          <GroupedLinks
            headingLevel="h3"
            groups={communeGroups.map((group) => ({
              id: `kind-${group.type}`,
              heading: t(`unitGroup.${group.type}`),
              count: String(group.entries.length),
              links: group.entries.map((c) => ({ key: c.slug, href: hrefOf(c), name: c.shortName })),
            }))}
          />
        </Section>
      ) : null}

      <Section id="former-units" title={t('formerUnits')}>
        <FormerUnitList units={unit.formerUnits} unitName={title.text} locale={locale} />
      </Section>

      {unit.agencies.length > 0 ? (
        <Section id="agencies" title={t('unitAgencies')}>
          <ul className="grid gap-x-8 sm:grid-cols-2">
            {unit.agencies.map((agency) => (
              <li key={agency.slug} className="border-b border-line">
                <Link href={{ pathname: '/co-quan/[slug]', params: { slug: agency.slug } }} className="link block py-2" lang={agency.name.fallbackLang}>
                  {agency.name.text}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  )
}
