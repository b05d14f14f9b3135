import { getTranslations } from 'next-intl/server'
import { PhoneLinks } from '@/components/directory/PhoneLinks'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { getHotlines } from '@/lib/payload/getHotlines'
import { getPopularProcedures } from '@/lib/payload/getPopularProcedures'

/** Hotlines shown before the link to all of them. */
const HOTLINES = 3

/** Where to go when a search finds nothing (or before one): the most used procedures and the hotlines. */
export async function SearchHelp({ locale }: { locale: Locale }) {
  const [t, th, popular, hotlines] = await Promise.all([
    getTranslations({ locale, namespace: 'Search' }),
    getTranslations({ locale, namespace: 'Hotlines' }),
    getPopularProcedures(locale),
    getHotlines(locale),
  ])
  return (
    <div className="grid gap-x-10 gap-y-8 md:grid-cols-2">
      <section aria-labelledby="search-popular">
        <h2 id="search-popular" className="mb-3 text-xl font-bold">
          {t('popular')}
        </h2>
        <ul className="space-y-2">
          {popular.map((p) => (
            <li key={p.code}>
              <Link href={{ pathname: '/thu-tuc/[slug]', params: { slug: p.slug } }} className="link">
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="search-hotlines" data-testid="search-hotlines">
        <h2 id="search-hotlines" className="mb-3 text-xl font-bold">
          {t('help')}
        </h2>
        <ul className="space-y-3">
          {hotlines.slice(0, HOTLINES).map((h) => (
            <li key={h.id}>
              <p className="font-semibold" lang={h.name.fallbackLang}>
                {h.name.text}
              </p>
              <PhoneLinks phone={h.phone} callLabel={th('call')} />
            </li>
          ))}
        </ul>
        <p className="mt-3">
          <Link href="/duong-day-nong" className="link">
            {t('allHotlines')}
          </Link>
        </p>
      </section>
    </div>
  )
}
