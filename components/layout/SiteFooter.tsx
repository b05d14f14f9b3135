import { getTranslations } from 'next-intl/server'

/** The portal's footer. */
export async function SiteFooter() {
  const t = await getTranslations('Site')
  return (
    <footer className="border-t border-gray-200 bg-gray-50 print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-2 px-4 py-4 text-sm text-gray-700">
        <p>{t('footer')}</p>
        {/* The admin is a separate app (its own root layout): a full page load is intended. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/admin" className="underline">
          {t('staffLogin')}
        </a>
      </div>
    </footer>
  )
}
