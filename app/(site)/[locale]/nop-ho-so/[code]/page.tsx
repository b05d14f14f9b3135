import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { AssuranceNotice } from '@/components/account/AssuranceNotice'
import { ApplicationStage } from '@/components/dossiers/apply/ApplicationStage'
import { DossierChecklist } from '@/components/procedure/DossierChecklist'
import { PageHeading } from '@/components/ui/PageHeading'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { requireCitizen } from '@/lib/citizen/pageSession'
import { loadDossierForm } from '@/lib/dossiers/forms/loadDossierForm'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { getProcedureByCode } from '@/lib/payload/getProcedure'

type Props = { params: Promise<{ locale: Locale; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params
  const [t, procedure] = await Promise.all([getTranslations({ locale, namespace: 'Account' }), getProcedureByCode(decodeURIComponent(code), locale)])
  return { title: procedure ? t('applyTitle', { name: procedure.name }) : undefined, robots: { index: false } }
}

/**
 * The online application (/nop-ho-so/<code>, /en/apply/<code>): for signed-in citizens only, at
 * the procedure's minimum assurance level. Its stages share this address (`?buoc=`): the start,
 * each step of the form, the documents, the review. Everything works without JavaScript.
 */
export default async function ApplyPage({ params, searchParams }: Props) {
  const [{ locale, code }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  const procedure = await getProcedureByCode(decodeURIComponent(code), locale)
  if (!procedure) notFound()
  const here = getPathname({ href: { pathname: '/nop-ho-so/[code]', params: { code: procedure.code } }, locale })
  const { session, citizen } = await requireCitizen(locale, here)
  const t = await getTranslations({ locale, namespace: 'Account' })
  const procedurePage = { pathname: '/thu-tuc/[slug]', params: { slug: procedure.slug ?? '' } } as const
  const required = Number(procedure.minimumAssuranceLevel ?? 1)
  const online = procedure.onlineServiceLevel === 'full' || procedure.onlineServiceLevel === 'partial'
  const form = online && session.level >= required ? await loadDossierForm(await getPayloadClient(), procedure.id) : null

  return (
    <div className="max-w-3xl">
      <PageHeading title={t('applyTitle', { name: procedure.name })} />
      {!online ? (
        <p className="rounded border-l-4 border-amber-500 bg-amber-50 p-4">{t('applyNotOnline')}</p>
      ) : session.level < required ? (
        <AssuranceNotice locale={locale} current={session.level} required={required} returnTo={here} />
      ) : (
        <>
          {query.buoc ? null : (
            <section aria-labelledby="applicant-title" className="mb-6 rounded border border-line p-4">
              <h2 id="applicant-title" className="mb-2 text-xl font-bold">{t('applyApplicant')}</h2>
              <p>{citizen.fullName} · {t('personalId')}: {citizen.personalId}</p>
            </section>
          )}
          {form ? <ApplicationStage locale={locale} procedure={procedure} form={form} session={session} citizen={citizen} query={query} base={here} /> : <p className="rounded border-l-4 border-amber-500 bg-amber-50 p-4">{t('applyFormPending')}</p>}
          {query.buoc || !procedure.dossierGroups?.length ? null : (
            <section aria-labelledby="documents-title" className="mt-6">
              <h2 id="documents-title" className="mb-3 text-xl font-bold">{t('applyDocuments')}</h2>
              <DossierChecklist groups={procedure.dossierGroups} locale={locale} />
            </section>
          )}
        </>
      )}
      <p className="mt-8"><Link href={procedurePage} className="link">{t('applyBackToProcedure')}</Link></p>
    </div>
  )
}
