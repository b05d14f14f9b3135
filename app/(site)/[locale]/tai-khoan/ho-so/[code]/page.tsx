import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { type Fact, FactList } from '@/components/directory/FactList'
import { DossierFiles } from '@/components/dossiers/mine/DossierFiles'
import { DossierForm } from '@/components/dossiers/mine/DossierForm'
import { DossierTimeline } from '@/components/dossiers/mine/DossierTimeline'
import { PageHeading } from '@/components/ui/PageHeading'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { csrfTokenFor } from '@/lib/citizen/csrf'
import { requireCitizen } from '@/lib/citizen/pageSession'
import { applicantDossier } from '@/lib/dossiers/applicantDossiers'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { formatDate, formatDateTime } from '@/lib/site/formatDate'

type Props = { params: Promise<{ locale: Locale; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params
  const t = await getTranslations({ locale, namespace: 'MyDossier' })
  return { title: t('title', { code: decodeURIComponent(code) }), robots: { index: false } }
}

const errorCodes = ['supplement_empty', 'too_many', 'empty', 'too_large', 'wrong_type', 'infected', 'state'] as const

/**
 * One of the citizen's dossiers (/tai-khoan/ho-so/<code>, /en/account/dossiers/<code>): the
 * receipt after submitting, its state and appointment, what the agency asks to supplement (and the
 * form to do it), its files and result, the whole timeline, and withdrawal before receipt.
 * Another citizen's dossier is "not found".
 */
export default async function ApplicantDossierPage({ params, searchParams }: Props) {
  const [{ locale, code: rawCode }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  const code = decodeURIComponent(rawCode)
  const here = getPathname({ href: { pathname: '/tai-khoan/ho-so/[code]', params: { code } }, locale })
  const { session, citizen } = await requireCitizen(locale, here)
  const dossier = await applicantDossier(await getPayloadClient(), citizen.id, code, locale)
  if (!dossier) notFound()
  const [t, tracking] = await Promise.all([getTranslations({ locale, namespace: 'MyDossier' }), getTranslations({ locale, namespace: 'Tracking' })])
  const csrf = csrfTokenFor(session.tokenHash)
  const error = errorCodes.find((known) => known === query.loi)
  const done = query.xong === 'supplement' || query.xong === 'withdraw' ? query.xong : undefined
  const facts: Fact[] = [
    { term: tracking('procedure'), value: `${dossier.procedure.name} (${dossier.procedure.code})` },
    { term: tracking('agency'), value: dossier.agency },
    {
      term: tracking('status'),
      value: (
        <>
          {tracking(`states.${dossier.status}`)}
          {dossier.overdue ? <span className="ml-3 rounded bg-red-800 px-2 py-0.5 text-sm text-white">{tracking('overdue')}</span> : null}
        </>
      ),
    },
    { term: tracking('submittedAt'), value: formatDateTime(dossier.submittedAt, locale) },
    { term: tracking('receivedAt'), value: dossier.receivedAt ? formatDateTime(dossier.receivedAt, locale) : null },
    {
      term: t('appointment'),
      value: dossier.dueAt ? (
        <>
          {formatDate(dossier.dueAt, locale)}
          {dossier.receivedAt ? null : <span className="block text-muted">{t('appointmentProvisional')}</span>}
        </>
      ) : null,
    },
    { term: tracking('closedAt'), value: dossier.closedAt ? formatDateTime(dossier.closedAt, locale) : null },
  ]
  const receipt = `/api/applications/receipt/${encodeURIComponent(dossier.code)}?lang=${locale}`
  return (
    <div className="max-w-3xl">
      <PageHeading title={t('title', { code: dossier.code })} lead={dossier.procedure.name} />
      {query.moi ? (
        <div role="status" className="mb-6 rounded border-4 border-green-700 bg-green-50 p-4">
          <h2 className="text-xl font-bold">{t('submittedTitle')}</h2>
          <p className="mt-1">{t('submittedBody', { code: dossier.code })}</p>
        </div>
      ) : null}
      {done ? <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3">{t(`done.${done}`)}</p> : null}
      {error ? <p role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-3 font-semibold">{t(`errors.${error}`)}</p> : null}
      <p className="mb-6"><a href={receipt} className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white">{t('receipt')}</a></p>

      <section id="trang-thai" aria-labelledby="trang-thai-title" className="mb-8">
        <h2 id="trang-thai-title" className="mb-3 text-xl font-bold">{t('statusTitle')}</h2>
        <FactList facts={facts} />
      </section>

      {dossier.status === 'supplementRequested' ? (
        <section id="bo-sung" aria-labelledby="bo-sung-title" className="mb-8 rounded border-2 border-amber-600 p-4">
          <h2 id="bo-sung-title" className="mb-2 text-xl font-bold">{t('missingTitle')}</h2>
          <p>{t('missingLead')}</p>
          <ul className="mb-4 list-disc pl-6">
            {dossier.missing.map((item) => <li key={item}>{item}</li>)}
          </ul>
          <DossierForm action="supplement" upload csrf={csrf} locale={locale} code={dossier.code} className="space-y-3">
            <div>
              <label htmlFor="bo-sung-ghi-chu" className="block font-semibold">{t('supplementNote')}</label>
              <textarea id="bo-sung-ghi-chu" name="note" rows={3} maxLength={4000} className="mt-1 block w-full rounded border-2 border-ink px-3 py-2" />
            </div>
            <div>
              <label htmlFor="bo-sung-tep" className="block font-semibold">{t('supplementFiles')}</label>
              <input id="bo-sung-tep" name="file" type="file" multiple accept=".pdf,.jpg,.jpeg,.png" className="mt-1 block" />
            </div>
            <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white">{t('supplementSubmit')}</button>
          </DossierForm>
        </section>
      ) : null}

      {dossier.files.length ? (
        <section aria-labelledby="tep-title" className="mb-8">
          <h2 id="tep-title" className="mb-3 text-xl font-bold">{t('filesTitle')}</h2>
          <DossierFiles files={dossier.files} locale={locale} />
        </section>
      ) : null}

      <section aria-labelledby="tien-trinh-title" className="mb-8">
        <h2 id="tien-trinh-title" className="mb-3 text-xl font-bold">{t('timelineTitle')}</h2>
        <DossierTimeline timeline={dossier.timeline} locale={locale} />
      </section>

      {dossier.status === 'submitted' || dossier.status === 'supplementRequested' ? (
        <section aria-labelledby="rut-title" className="mb-8">
          <h2 id="rut-title" className="mb-2 text-xl font-bold">{t('withdrawTitle')}</h2>
          <p className="mb-3">{t('withdrawLead')}</p>
          <DossierForm action="withdraw" csrf={csrf} locale={locale} code={dossier.code}>
            <button type="submit" className="rounded border-2 border-red-800 px-4 py-2 font-semibold text-red-800">{t('withdrawSubmit')}</button>
          </DossierForm>
        </section>
      ) : null}
      <p><Link href="/tai-khoan" className="link">{t('listTitle')}</Link></p>
    </div>
  )
}
