import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import type { HotlineEntry } from '@/lib/payload/getHotlines'
import { PhoneLinks } from './PhoneLinks'

type Props = { hotlines: HotlineEntry[]; locale: Locale; headingLevel: 'h2' | 'h3' }

/** Hotlines as cards: name, the number as a large `tel:` link, hours, what it is for, e-mail and the agency that runs it. */
export async function HotlineList({ hotlines, locale, headingLevel: Heading }: Props) {
  const t = await getTranslations({ locale, namespace: 'Hotlines' })
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {hotlines.map((h) => (
        <li key={h.id} className="rounded-lg border border-line bg-white p-4">
          <Heading className="text-lg font-bold" lang={h.name.fallbackLang}>
            {h.name.text}
          </Heading>
          <PhoneLinks phone={h.phone} callLabel={t('call')} large />
          {h.hours.text ? (
            <p className="font-semibold">
              <span className="sr-only">{t('hours')}: </span>
              <span lang={h.hours.fallbackLang}>{h.hours.text}</span>
            </p>
          ) : null}
          {h.description.text ? (
            <p className="mt-1 text-ink" lang={h.description.fallbackLang}>
              {h.description.text}
            </p>
          ) : null}
          {h.email ? (
            <p className="mt-1">
              {t('email')}:{' '}
              <a href={`mailto:${h.email}`} className="link inline-flex min-h-11 items-center [overflow-wrap:anywhere]">
                {h.email}
              </a>
            </p>
          ) : null}
          {h.agency ? (
            <p className="mt-1">
              {t('agency')}:{' '}
              <Link href={{ pathname: '/co-quan/[slug]', params: { slug: h.agency.slug } }} className="link" lang={h.agency.name.fallbackLang}>
                {h.agency.name.text}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
