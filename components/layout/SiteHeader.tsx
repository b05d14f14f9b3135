import { getTranslations } from 'next-intl/server'
import { type Href, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { SearchBox } from '@/components/search/SearchBox'
import { LanguageSwitch } from './LanguageSwitch.client'

const sections: { key: 'navProcedures' | 'navLifeEvents' | 'navFaq' | 'navAgencies' | 'navHotlines' | 'navTracking'; href: Href }[] = [
  { key: 'navProcedures', href: '/linh-vuc' },
  { key: 'navLifeEvents', href: '/su-kien' },
  { key: 'navFaq', href: '/hoi-dap' },
  { key: 'navAgencies', href: '/co-quan' },
  { key: 'navHotlines', href: '/duong-day-nong' },
  { key: 'navTracking', href: '/tra-cuu-ho-so' },
]

/** The portal's header: its name, the search box, the main sections and the link to the other language. Wraps on narrow screens. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, ts, ta] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Search' }),
    getTranslations({ locale, namespace: 'Account' }),
  ])
  const other: Locale = locale === 'vi' ? 'en' : 'vi'
  return (
    <header className="bg-brand text-white print:bg-white print:text-black">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 pt-3">
        <Link href="/" className="text-lg font-bold underline-offset-4 hover:underline">
          {t('title')}
        </Link>
        {/* Below the name and the language link on phones; between them on wider screens. */}
        <div className="order-last w-full sm:order-none sm:w-auto sm:max-w-md sm:flex-1 print:hidden">
          <SearchBox locale={locale} id="site-search" name={ts('siteSearch')} label={ts('headerLabel')} placeholder={ts('headerPlaceholder')} compact />
        </div>
        <div className="flex items-center gap-4">
          {/* A plain link: the header stays the same for everyone, so pages stay static; the account page knows who is signed in. */}
          <Link href="/tai-khoan" className="underline-offset-4 hover:underline print:hidden">{ta('accountLink')}</Link>
          <LanguageSwitch from={locale} locale={other} label={t('switchLanguageLabel')} text={t('switchLanguage')} />
        </div>
      </div>
      <nav aria-label={t('mainNav')} className="mx-auto max-w-5xl px-4 pb-2 print:hidden">
        <ul className="flex flex-wrap gap-x-1">
          {sections.map(({ key, href }) => (
            <li key={key}>
              <Link href={href} className="inline-block py-2 pr-3 underline-offset-4 hover:underline">
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
