import { getTranslations } from 'next-intl/server'
import { type Fact, FactList } from '@/components/directory/FactList'
import type { Locale } from '@/i18n/routing'
import { formatDate } from '@/lib/site/formatDate'
import type { Citizen } from '@/payload-types'

/** The identity attributes the provider asserted, read-only. */
export async function IdentityDetails({ citizen, level, locale }: { citizen: Citizen; level: number; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Account' })
  const notGiven = <span className="text-muted">{t('notGiven')}</span>
  const fact = (term: string, value: string | null | undefined): Fact => ({ term, value: value || notGiven })
  const facts: Fact[] = [
    fact(t('fullName'), citizen.fullName),
    fact(t('personalId'), citizen.personalId),
    fact(t('birthDate'), citizen.birthDate ? formatDate(citizen.birthDate, locale) : null),
    fact(t('gender'), citizen.gender ? t('genderValue', { gender: citizen.gender }) : null),
    fact(t('phone'), citizen.phone),
    fact(t('email'), citizen.email),
    fact(t('permanentAddress'), citizen.permanentAddress),
    fact(t('level'), t('levelValue', { level })),
  ]
  return <FactList facts={facts} />
}
