import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { cookies } from 'next/headers'
import { AccountForm } from '@/components/account/AccountForm'
import { AccountSection } from '@/components/account/AccountSection'
import { ConsentList } from '@/components/account/ConsentList'
import { ContactForm, type RefusedContactForm } from '@/components/account/ContactForm'
import { IdentityDetails } from '@/components/account/IdentityDetails'
import { SessionList } from '@/components/account/SessionList'
import { DossierList } from '@/components/dossiers/mine/DossierList'
import { PageHeading } from '@/components/ui/PageHeading'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { consentHistory } from '@/lib/citizen/consents'
import { csrfTokenFor } from '@/lib/citizen/csrf'
import { accountFormCookie } from '@/lib/citizen/http/changeAccount'
import { requireCitizen } from '@/lib/citizen/pageSession'
import { applicantDossiers } from '@/lib/dossiers/applicantDossiers'
import { listSessions, sessionTimeouts } from '@/lib/citizen/sessions'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Account' })
  return { title: t('accountTitle'), robots: { index: false } }
}

const sections = [
  ['thong-tin', 'identityTitle'],
  ['lien-he', 'contactTitle'],
  ['ho-so', 'dossiersTitle'],
  ['thanh-toan', 'paymentsTitle'],
  ['phan-anh', 'feedbackTitle'],
  ['dong-y', 'consentsTitle'],
  ['du-lieu', 'dataTitle'],
  ['phien', 'sessionsTitle'],
] as const

/** A refused contact form, carried back for a minute in a cookie by POST /api/account. */
async function refusedContactForm(): Promise<RefusedContactForm | undefined> {
  const value = (await cookies()).get(accountFormCookie)?.value
  try {
    return value ? (JSON.parse(value) as RefusedContactForm) : undefined
  } catch {
    return undefined
  }
}

/**
 * The citizen's account (/tai-khoan, /en/account): identity (read-only), contact preferences,
 * dossiers, payments and feedback (filled in by later parts of the portal), consents, data
 * download and sessions. Anonymous visitors are sent to sign in and brought back.
 */
export default async function AccountPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  const { session, citizen } = await requireCitizen(locale, getPathname({ href: '/tai-khoan', locale }))
  const t = await getTranslations({ locale, namespace: 'Account' })
  const payload = await getPayloadClient()
  const [history, sessions, refused, dossiers] = await Promise.all([
    consentHistory(payload, citizen.id),
    listSessions(payload, citizen.id),
    query.loi === 'contact' ? refusedContactForm() : undefined,
    applicantDossiers(payload, citizen.id, locale),
  ])
  const csrf = csrfTokenFor(session.tokenHash)
  const timeouts = sessionTimeouts()
  return (
    <>
      <PageHeading title={t('accountTitle')} lead={t('greeting', { name: citizen.fullName ?? '' })}>
        <AccountForm action="" path="/api/auth/sign-out" csrf={csrf} locale={locale} className="mt-3">
          <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t('signOut')}</button>
        </AccountForm>
      </PageHeading>
      <nav aria-label={t('sectionsNav')} className="rounded border border-line bg-surface p-4">
        <ul className="grid gap-x-8 gap-y-1 sm:grid-cols-2">
          {sections.map(([id, title]) => (
            <li key={id}><a href={`#${id}`} className="link">{t(title)}</a></li>
          ))}
        </ul>
      </nav>
      <AccountSection id="thong-tin" title={t('identityTitle')} lead={t('identityLead')}>
        <IdentityDetails citizen={citizen} level={session.level} locale={locale} />
      </AccountSection>
      <AccountSection id="lien-he" title={t('contactTitle')} lead={t('contactLead')}>
        <ContactForm citizen={citizen} csrf={csrf} locale={locale} refused={refused} saved={query.xong === 'contact'} />
      </AccountSection>
      <AccountSection id="ho-so" title={t('dossiersTitle')}>
        {dossiers.length ? <DossierList dossiers={dossiers} locale={locale} /> : <p>{t('dossiersEmpty')} <Link href="/linh-vuc" className="link">{t('findProcedure')}</Link></p>}
      </AccountSection>
      <AccountSection id="thanh-toan" title={t('paymentsTitle')}>
        <p>{t('paymentsEmpty')}</p>
      </AccountSection>
      <AccountSection id="phan-anh" title={t('feedbackTitle')}>
        <p>{t('feedbackEmpty')}</p>
      </AccountSection>
      <AccountSection id="dong-y" title={t('consentsTitle')} lead={t('consentsLead')}>
        <ConsentList history={history} csrf={csrf} locale={locale} />
      </AccountSection>
      <AccountSection id="du-lieu" title={t('dataTitle')} lead={t('dataLead')}>
        <a href="/api/account/data" download className="inline-block rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t('dataDownload')}</a>
      </AccountSection>
      <AccountSection id="phien" title={t('sessionsTitle')} lead={t('sessionsLead', { idle: timeouts.idleMinutes, max: timeouts.maxHours })}>
        <SessionList sessions={sessions} currentId={session.id} csrf={csrf} locale={locale} />
      </AccountSection>
    </>
  )
}
