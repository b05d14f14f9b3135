import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type React from 'react'
import { CountedLinks } from '@/components/listing/CountedLinks'
import { LifeEventCards } from '@/components/listing/LifeEventCards'
import { SearchBox } from '@/components/search/SearchBox'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { countProcedures } from '@/lib/payload/countProcedures'
import { getFields, getMinistries } from '@/lib/payload/getCatalogs'
import { getLifeEvents } from '@/lib/payload/getLifeEvents'
import { getPopularProcedures } from '@/lib/payload/getPopularProcedures'
import { audiences, levelSlugs } from '@/lib/site/browse'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale }> }

// Cached until content changes (tags), and at most 5 minutes at a CDN (docs/adr/0004).
export const revalidate = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Home' })
  const alternates = alternatesFor('/', locale)
  return { title: { absolute: t('metaTitle') }, description: t('description'), alternates, openGraph: { title: t('metaTitle'), type: 'website', url: alternates.canonical } }
}

function Section({ id, title, more, children }: { id: string; title: string; more?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {children}
      {more ? <p className="mt-3">{more}</p> : null}
    </section>
  )
}

/** The front door: search, the most used procedures, and every way of browsing. */
export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, tb, counts, popular, events, fields, ministries] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getTranslations({ locale, namespace: 'Browse' }),
    countProcedures(),
    getPopularProcedures(locale),
    getLifeEvents(locale),
    getFields(locale),
    getMinistries(locale),
  ])
  const countLabel = (count: number) => tb('procedureCount', { count })
  const topFields = fields
    .filter((f) => counts.byField[f.id])
    .map((f) => ({ key: f.id, name: f.name, href: { pathname: '/linh-vuc/[slug]' as const, params: { slug: f.slug } }, count: counts.byField[f.id] }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 12)
  const ministryLinks = ministries
    .filter((m) => counts.byMinistry[m.id])
    .map((m) => ({ key: m.id, name: m.name, href: { pathname: '/bo-nganh/[slug]' as const, params: { slug: m.slug } }, count: counts.byMinistry[m.id] }))
    .sort((a, b) => b.count - a.count)
  const tile = 'flex min-h-11 items-center justify-between gap-3 rounded-lg border border-line bg-white p-4 hover:border-brand hover:bg-brand-soft'
  return (
    <>
      <div className="-mx-4 -mt-6 mb-8 bg-brand-soft px-4 py-8">
        <h1 className="mb-4 text-2xl font-bold sm:text-3xl">{t('heading')}</h1>
        <SearchBox locale={locale} id="home-search" name={t('heading')} label={t('searchLabel')} placeholder={t('searchPlaceholder')} />
        <p className="mt-4 text-muted" data-testid="procedure-stats">
          {t('stats', { procedures: counts.total, ministries: ministryLinks.length })}
        </p>
      </div>
      <Section id="popular-title" title={t('popular')}>
        <ul className="grid gap-2 sm:grid-cols-2">
          {popular.map((p) => (
            <li key={p.code}>
              <Link href={{ pathname: '/thu-tuc/[slug]', params: { slug: p.slug } }} className="link block rounded border border-line p-3">
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="audience-title" title={t('byAudience')}>
        <ul className="grid gap-3 sm:grid-cols-2">
          {(Object.keys(audiences) as (keyof typeof audiences)[]).map((audience) => (
            <li key={audience}>
              <Link href={{ pathname: '/doi-tuong/[audience]', params: { audience } }} className={tile}>
                <span className="font-bold text-brand-dark underline underline-offset-4">{tb(`audience.${audience}`)}</span>
                <span className="shrink-0 text-sm text-muted">{countLabel(counts.byAudience[audience] ?? 0)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="events-title" title={t('byLifeEvent')} more={<Link href="/su-kien" className="link">{t('allLifeEvents')}</Link>}>
        <LifeEventCards events={events.filter((e) => e.audience === 'citizen').slice(0, 6)} countLabel={countLabel} />
      </Section>
      <Section id="level-title" title={t('byLevel')}>
        <ul className="grid gap-3 sm:grid-cols-3">
          {(Object.keys(levelSlugs) as (keyof typeof levelSlugs)[]).map((level) => (
            <li key={level}>
              <Link href={{ pathname: '/cap-thuc-hien/[level]', params: { level } }} className={tile}>
                <span className="font-bold text-brand-dark underline underline-offset-4">{tb(`level.${level}`)}</span>
                <span className="shrink-0 text-sm text-muted">{countLabel(counts.byLevel[levelSlugs[level]] ?? 0)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <div className="grid gap-x-10 md:grid-cols-2">
        <Section id="ministry-title" title={t('byMinistry')} more={<Link href="/bo-nganh" className="link">{t('allMinistries')}</Link>}>
          <CountedLinks items={ministryLinks} countLabel={countLabel} />
        </Section>
        <Section id="field-title" title={t('byField')} more={<Link href="/linh-vuc" className="link">{t('allFields')}</Link>}>
          <CountedLinks items={topFields} countLabel={countLabel} />
        </Section>
      </div>
    </>
  )
}
