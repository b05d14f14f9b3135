import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { TrackingResult } from '@/components/dossiers/TrackingResult'
import { PageHeading } from '@/components/ui/PageHeading'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { trackDossier } from '@/lib/dossiers/trackDossier'
import { clientAddress, consumeRateLimit } from '@/lib/http/rateLimit'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

/** Look-ups per client address and minute (TRACKING_RATE_LIMIT): with the 4 digits, enough to use, too few to guess. */
const rule = { name: 'tracking', points: Number(process.env.TRACKING_RATE_LIMIT ?? 20), windowSeconds: 60 }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Tracking' })
  return { title: t('title'), robots: { index: false } }
}

/**
 * Public tracking (/tra-cuu-ho-so, /en/track): a GET form (works without JavaScript) with the
 * dossier's code and the last 4 digits of the applicant's ID or phone; the dossier's progress
 * without anything personal, or one message for anything that does not match.
 */
export default async function TrackingPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Tracking' })
  const code = typeof query.ma === 'string' ? query.ma : ''
  const digits = typeof query.so === 'string' ? query.so : ''
  let outcome: 'none' | 'invalid' | 'rateLimited' | 'notFound' | Awaited<ReturnType<typeof trackDossier>> = 'none'
  if (code || digits) {
    const payload = await getPayloadClient()
    if (!code.trim() || !/^\d{4}$/.test(digits.trim())) outcome = 'invalid'
    else if (!(await consumeRateLimit(payload, rule, clientAddress(await headers()))).allowed) outcome = 'rateLimited'
    else outcome = (await trackDossier(payload, { code, lastDigits: digits, locale })) ?? 'notFound'
  }
  const input = 'mt-1 block w-full max-w-md rounded border border-ink px-3 py-2'
  return (
    <div className="max-w-3xl">
      <PageHeading title={t('title')} lead={t('lead')} />
      <form method="get" action={getPathname({ href: '/tra-cuu-ho-so', locale })} className="space-y-4">
        <div>
          <label htmlFor="tracking-code" className="font-semibold">{t('code')}</label>
          <p id="tracking-code-hint" className="text-muted">{t('codeHint')}</p>
          <input id="tracking-code" name="ma" defaultValue={code} required autoComplete="off" aria-describedby="tracking-code-hint" className={input} />
        </div>
        <div>
          <label htmlFor="tracking-digits" className="font-semibold">{t('lastDigits')}</label>
          <input id="tracking-digits" name="so" defaultValue={digits} required inputMode="numeric" pattern="[0-9]{4}" maxLength={4} autoComplete="off" className={`${input} max-w-[8rem]`} />
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">{t('submit')}</button>
      </form>
      {typeof outcome === 'string' && outcome !== 'none' ? (
        <p role="alert" className="mt-6 rounded border-l-4 border-red-700 bg-red-50 p-4">{t(outcome)}</p>
      ) : null}
      {outcome && typeof outcome === 'object' ? <TrackingResult dossier={outcome} locale={locale} /> : null}
    </div>
  )
}
