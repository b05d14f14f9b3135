import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { CountedList } from '@/components/home/CountedList'
import { SearchForm } from '@/components/home/SearchForm'
import type { Locale } from '@/i18n/routing'
import { getHomeStats } from '@/lib/payload/getHomeStats'

type Props = { params: Promise<{ locale: Locale }> }

// Rebuilt at most hourly until publish-time revalidation lands (see issue 3).
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Home' })
  return { title: { absolute: t('metaTitle') } }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, stats] = await Promise.all([getTranslations({ locale, namespace: 'Home' }), getHomeStats(locale)])
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t('heading')}</h1>
      <SearchForm label={t('searchLabel')} placeholder={t('searchPlaceholder')} button={t('searchButton')} />
      <p className="my-6 text-gray-700" data-testid="procedure-stats">
        {t('stats', { procedures: stats.procedures, ministries: stats.ministries.length })}
      </p>
      <div className="grid gap-8 md:grid-cols-2">
        <CountedList heading={t('byMinistry')} items={stats.ministries} countLabel={(count) => t('procedureCount', { count })} />
        <CountedList heading={t('byField')} items={stats.fields} countLabel={(count) => t('procedureCount', { count })} />
      </div>
    </>
  )
}
