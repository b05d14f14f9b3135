import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { formatDate } from '@/lib/site/formatDate'
import type { Citizen } from '@/payload-types'

/** The identity attributes the provider asserted, read-only. */
export async function IdentityDetails({ citizen, level, locale }: { citizen: Citizen; level: number; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Account' })
  const rows: [string, string | null | undefined][] = [
    [t('fullName'), citizen.fullName],
    [t('personalId'), citizen.personalId],
    [t('birthDate'), citizen.birthDate ? formatDate(citizen.birthDate, locale) : null],
    [t('gender'), citizen.gender ? t('genderValue', { gender: citizen.gender }) : null],
    [t('phone'), citizen.phone],
    [t('email'), citizen.email],
    [t('permanentAddress'), citizen.permanentAddress],
    [t('level'), t('levelValue', { level })],
  ]
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="mb-2 sm:mb-0">{value || <span className="text-muted">{t('notGiven')}</span>}</dd>
        </div>
      ))}
    </dl>
  )
}
