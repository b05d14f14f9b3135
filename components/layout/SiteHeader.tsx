import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { LanguageSwitch } from './LanguageSwitch.client'
import type { Locale } from '@/i18n/routing'

/** The portal's header: name, and the link to the other language. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Site' })
  const other: Locale = locale === 'vi' ? 'en' : 'vi'
  return (
    <header className="bg-brand text-white print:bg-white print:text-black">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold underline-offset-4 hover:underline">
          {t('title')}
        </Link>
        <nav aria-label={t('mainNav')}>
          <LanguageSwitch locale={other} label={t('switchLanguageLabel')} text={t('switchLanguage')} />
        </nav>
      </div>
    </header>
  )
}
