import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { FallbackNotice } from '@/components/ui/FallbackNotice'
import { PageHeading } from '@/components/ui/PageHeading'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { type DecisionProcedure, getDecision } from '@/lib/payload/getContent'
import { formatDate } from '@/lib/site/formatDate'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Decisions are rendered on first request and cached until they or their procedures change.
export const revalidate = 300

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const [t, decision] = await Promise.all([getTranslations({ locale, namespace: 'Decision' }), getDecision(decodeURIComponent(slug), locale)])
  if (!decision) return {}
  const title = t('numbered', { number: decision.number })
  return { title, description: decision.title.text || undefined, alternates: alternatesFor({ pathname: '/quyet-dinh/[slug]', params: { slug: decision.slug } }, locale) }
}

/** A publication decision: who issued it, when, the signed document and the procedures it published, amended or abolished. */
export default async function DecisionPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [t, decision] = await Promise.all([getTranslations({ locale, namespace: 'Decision' }), getDecision(decodeURIComponent(slug), locale)])
  if (!decision) notFound()
  const title = t('numbered', { number: decision.number })
  const facts = [
    [t('number'), decision.number],
    [t('issuer'), decision.issuer?.text],
    [t('signedDate'), decision.signedDate ? formatDate(decision.signedDate, locale) : null],
    [t('effectiveDate'), decision.effectiveDate ? formatDate(decision.effectiveDate, locale) : null],
    [t('updated'), formatDate(decision.updatedAt, locale)],
  ].filter((f): f is [string, string] => Boolean(f[1]))
  return (
    <>
      <Breadcrumbs items={[{ label: t('list'), href: '/quyet-dinh' }, { label: title, href: { pathname: '/quyet-dinh/[slug]', params: { slug: decision.slug } } }]} />
      <PageHeading title={title} lead={decision.title.text || undefined} />
      <FallbackNotice show={Boolean(decision.issuer?.fallbackLang || [...decision.procedures, ...decision.amended, ...decision.abolished].some((p) => p.name.fallbackLang))} />
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-muted">{term}</dt>
            <dd className="mb-2 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      {decision.documentUrl ? (
        <p className="mt-4">
          <a href={decision.documentUrl} className="link">
            {t('document')}
          </a>
        </p>
      ) : null}
      <DecisionProcedures id="decision-procedures" title={t('procedures', { count: decision.procedures.length })} items={decision.procedures} empty={t('noProcedures')} />
      {decision.amended.length ? <DecisionProcedures id="decision-amended" title={t('amended', { count: decision.amended.length })} items={decision.amended} /> : null}
      {decision.abolished.length ? (
        <DecisionProcedures id="decision-abolished" title={t('abolished', { count: decision.abolished.length })} items={decision.abolished} note={t('abolishedNote')} />
      ) : null}
    </>
  )
}

type ListProps = { id: string; title: string; items: DecisionProcedure[]; empty?: string; note?: string }

/** One kind of item of a decision: a heading, then each procedure with its code (linked while it is published). */
function DecisionProcedures({ id, title, items, empty, note }: ListProps) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      {note ? <p className="mb-2 text-muted">{note}</p> : null}
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="divide-y divide-line border-y border-line">
          {items.map((p) => (
            <li key={p.code} className="py-2">
              {p.slug ? (
                <Link href={{ pathname: '/thu-tuc/[slug]', params: { slug: p.slug } }} className="link" lang={p.name.fallbackLang}>
                  {p.name.text}
                </Link>
              ) : (
                <span lang={p.name.fallbackLang}>{p.name.text}</span>
              )}
              <span className="ml-2 text-sm text-muted">{p.code}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
