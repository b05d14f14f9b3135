import { getTranslations } from 'next-intl/server'

/** Says that some of the page is shown in Vietnamese because its English text does not exist yet. */
export async function FallbackNotice({ show }: { show: boolean }) {
  if (!show) return null
  const t = await getTranslations('Site')
  return <p className="mb-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-sm">{t('partlyVietnamese')}</p>
}
