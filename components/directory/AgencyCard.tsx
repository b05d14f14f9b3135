import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { agencyTypeOptions } from '@/lib/catalog/agencyTypes'
import { optionLabel } from '@/lib/catalog/options'
import { type AgencySummary, hasContacts } from '@/lib/payload/getAgencies'
import { ContactDetails } from './ContactDetails'

type Props = { agency: AgencySummary; procedureCount?: number; locale: Locale }

/** A central body in the directory: its name (a link to its page), kind, contacts when it has any, and its procedures. */
export async function AgencyCard({ agency, procedureCount, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Directory' })
  return (
    <div className="h-full rounded-lg border border-line p-4">
      <h3 className="text-lg font-bold">
        <Link href={{ pathname: '/co-quan/[slug]', params: { slug: agency.slug } }} className="link" lang={agency.name.fallbackLang}>
          {agency.name.text}
        </Link>
        {agency.abbreviation ? <span className="ml-2 font-normal text-muted">({agency.abbreviation})</span> : null}
      </h3>
      <p className="mb-2 text-sm text-muted">{optionLabel(agencyTypeOptions, agency.type, locale)}</p>
      {hasContacts(agency.contacts) ? <ContactDetails contacts={agency.contacts} locale={locale} /> : null}
      {procedureCount ? (
        <p className="mt-2">
          <Link href={{ pathname: '/bo-nganh/[slug]', params: { slug: agency.slug } }} className="link inline-flex min-h-11 items-center font-semibold">
            {t('procedureCount', { count: procedureCount })}
          </Link>
        </p>
      ) : null}
    </div>
  )
}
