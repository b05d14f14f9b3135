import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/routing'

/** Tells a staff member previewing a draft that the public does not see it yet, with the way out. */
export async function PreviewBanner({ locale, slug }: { locale: Locale; slug: string }) {
  const t = await getTranslations({ locale, namespace: 'Procedure' })
  return (
    <div role="status" className="mb-4 rounded border-l-4 border-violet-700 bg-violet-50 p-3 print:hidden">
      <p className="font-semibold">{t('previewTitle')}</p>
      <p>
        {t('previewText')}{' '}
        <a href={`/api/preview/exit?slug=${encodeURIComponent(slug)}&locale=${locale}`} className="link">
          {t('previewExit')}
        </a>
      </p>
    </div>
  )
}
