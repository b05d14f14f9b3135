import { getTranslations } from 'next-intl/server'
import { Breadcrumbs, type Crumb } from '@/components/ui/Breadcrumbs'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import type { ProcedurePageData } from '@/lib/payload/getProcedure'
import type { Agency, LegalDocument } from '@/payload-types'
import { ChannelsTable } from './ChannelsTable'
import { DossierChecklist } from './DossierChecklist'
import { Paragraphs } from './Paragraphs'
import { ProcedureFacts } from './ProcedureFacts'
import { Section } from './Section'

/** Everything a citizen needs to act on a procedure, section by section. */
export async function ProcedureBody({ data: { procedure, translated }, locale }: { data: ProcedurePageData; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Procedure' })
  const agency = (a: unknown) => (a && typeof a === 'object' ? (a as Agency).name : '')
  const online = procedure.onlineServiceLevel === 'full' || procedure.onlineServiceLevel === 'partial'
  const legalBases = (procedure.legalBases ?? []).filter((d): d is LegalDocument => typeof d === 'object')
  const agencyFacts = [
    [t('competentAuthority'), agency(procedure.competentAuthority)],
    [t('executingAgency'), agency(procedure.executingAgency)],
    [t('coordinatingAgency'), procedure.coordinatingAgency],
    [t('receivingAddress'), procedure.receivingAddress],
  ].filter((fact): fact is [string, string] => Boolean(fact[1]))
  const field = procedure.field && typeof procedure.field === 'object' ? procedure.field : null
  const crumbs: Crumb[] = [
    ...(field?.slug ? [{ label: field.name, href: { pathname: '/linh-vuc/[slug]' as const, params: { slug: field.slug } } }] : []),
    { label: procedure.name, href: { pathname: '/thu-tuc/[slug]', params: { slug: procedure.slug ?? '' } } },
  ]
  const contents = [
    ['agencies', t('agencies'), agencyFacts.length > 0],
    ['steps', t('steps'), !!procedure.steps?.length],
    ['channels', t('channels'), !!procedure.channels?.length],
    ['dossier', t('dossier'), !!procedure.dossierGroups?.length],
    ['requirements', t('requirements'), !!procedure.requirements],
    ['results', t('results'), !!procedure.results?.length],
    ['legal', t('legalBases'), legalBases.length > 0 || !!procedure.legalBasisUnresolved?.length],
  ].filter(([, , shown]) => shown) as [string, string, boolean][]
  return (
    <article lang={translated ? undefined : 'vi'}>
      <Breadcrumbs items={crumbs} />
      {!translated && (
        <p lang={locale} className="mb-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3">{t('notTranslated')}</p>
      )}
      <h1 className="mb-4 text-2xl font-bold leading-snug">{procedure.name}</h1>
      <ProcedureFacts procedure={procedure} locale={locale} />
      {online && (
        <div className="mt-6 rounded border border-green-700 bg-green-50 p-4 print:hidden">
          <p className="mb-3">{t('applyHint')}</p>
          <Link href={{ pathname: '/nop-ho-so/[code]', params: { code: procedure.code } }} className="inline-block rounded bg-green-800 px-4 py-2 font-semibold text-white hover:bg-green-900">
            {t('applyOnline')}
          </Link>
        </div>
      )}
      <nav aria-labelledby="contents-title" className="mt-6 rounded border border-line bg-surface p-4 print:hidden">
        <h2 id="contents-title" className="mb-2 font-bold">{t('contents')}</h2>
        <ol className="grid list-decimal gap-x-8 gap-y-1 pl-6 sm:grid-cols-2">
          {contents.map(([id, title]) => (
            <li key={id}><a href={`#${id}`} className="link">{title}</a></li>
          ))}
        </ol>
      </nav>
      {agencyFacts.length > 0 && (
        <Section id="agencies" title={t('agencies')}>
          <dl className="space-y-2">
            {agencyFacts.map(([term, value]) => (
              <div key={term}>
                <dt className="font-semibold">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </Section>
      )}
      {!!procedure.steps?.length && (
        <Section id="steps" title={t('steps')}>
          {/* The published steps carry their own markers ("Bước 1", "-", "(i)"): shown as they are. */}
          <ul className="space-y-3 leading-relaxed">
            {procedure.steps.map((step, i) => (
              <li key={step.id ?? i} className="whitespace-pre-line">{step.description}</li>
            ))}
          </ul>
        </Section>
      )}
      {!!procedure.channels?.length && (
        <Section id="channels" title={t('channels')}>
          <ChannelsTable channels={procedure.channels} locale={locale} />
        </Section>
      )}
      {!!procedure.dossierGroups?.length && (
        <Section id="dossier" title={t('dossier')}>
          <DossierChecklist groups={procedure.dossierGroups} locale={locale} />
        </Section>
      )}
      {procedure.requirements && (
        <Section id="requirements" title={t('requirements')}>
          <Paragraphs text={procedure.requirements} />
        </Section>
      )}
      {!!procedure.results?.length && (
        <Section id="results" title={t('results')}>
          <ul className="list-disc space-y-1 pl-6">
            {procedure.results.map((r, i) => (
              <li key={r.id ?? i}>
                {r.name}
                {r.code && <span className="text-sm text-muted"> ({t('resultCode')}: {r.code})</span>}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {(legalBases.length > 0 || !!procedure.legalBasisUnresolved?.length) && (
        <Section id="legal" title={t('legalBases')}>
          <ul className="list-disc space-y-1 pl-6">
            {legalBases.map((d) => (
              <li key={d.id}>
                <span className="font-semibold">{d.code}</span> — {d.title}
              </li>
            ))}
          </ul>
          {!!procedure.legalBasisUnresolved?.length && (
            <>
              <h3 className="mb-1 mt-4 font-semibold">{t('otherLegalText')}</h3>
              <ul className="list-disc space-y-1 pl-6">
                {procedure.legalBasisUnresolved.map((u, i) => (
                  <li key={u.id ?? i}>{u.text}</li>
                ))}
              </ul>
            </>
          )}
        </Section>
      )}
      {procedure.sourceUrl && (
        <p className="mt-8 text-sm print:hidden">
          <a href={procedure.sourceUrl} className="link" rel="noopener">{t('sourceLink')}</a>
        </p>
      )}
    </article>
  )
}
