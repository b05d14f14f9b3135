import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'
import { websiteHref, websiteText } from '@/lib/directory/contactLinks'
import { type AgencyContacts, hasContacts } from '@/lib/payload/getAgencies'
import { FactList } from './FactList'
import { PhoneLinks } from './PhoneLinks'

/** An agency's address, phone numbers (`tel:`), e-mail (`mailto:`), website and opening hours; a note when it has none. */
export async function ContactDetails({ contacts, locale }: { contacts: AgencyContacts; locale: Locale }) {
  const [t, th] = await Promise.all([getTranslations({ locale, namespace: 'Directory' }), getTranslations({ locale, namespace: 'Hotlines' })])
  if (!hasContacts(contacts)) return <p className="text-muted">{t('noContacts')}</p>
  const { address, phone, hotline, email, website, openingHours } = contacts
  const href = websiteHref(website)
  return (
    <FactList
      facts={[
        {
          term: t('address'),
          value: address.text ? (
            <span lang={address.fallbackLang} className="whitespace-pre-line">
              {address.text}
            </span>
          ) : null,
        },
        { term: t('phone'), value: phone ? <PhoneLinks phone={phone} callLabel={th('call')} /> : null },
        { term: t('hotline'), value: hotline ? <PhoneLinks phone={hotline} callLabel={th('call')} /> : null },
        {
          term: t('email'),
          value: email ? (
            <a href={`mailto:${email}`} className="link inline-flex min-h-11 items-center">
              {email}
            </a>
          ) : null,
        },
        {
          term: t('website'),
          value: href ? (
            <a href={href} className="link inline-flex min-h-11 items-center">
              {websiteText(website)}
            </a>
          ) : null,
        },
        {
          term: t('openingHours'),
          value: openingHours.text ? (
            <span lang={openingHours.fallbackLang} className="whitespace-pre-line">
              {openingHours.text}
            </span>
          ) : null,
        },
      ]}
    />
  )
}
