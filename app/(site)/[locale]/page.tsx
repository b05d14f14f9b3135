import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { CountedList } from '@/components/home/CountedList'
import { SearchForm } from '@/components/home/SearchForm'
import type { Locale } from '@/i18n/routing'
import { Link } from '@/i18n/navigation'
import { getHomeStats } from '@/lib/payload/getHomeStats'
import { getPopularProcedures } from '@/lib/payload/getPopularProcedures'
import { alternatesFor } from '@/lib/site/siteUrl'

type Props = { params: Promise<{ locale: Locale }> }

// Rebuilt at most hourly until publish-time revalidation lands (see issue 3).
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Home' })
  return { title: { absolute: t('metaTitle') }, alternates: alternatesFor('/', locale), openGraph: { title: t('metaTitle'), type: 'website', url: alternatesFor('/', locale).canonical } }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, stats, popular] = await Promise.all([getTranslations({ locale, namespace: 'Home' }), getHomeStats(locale), getPopularProcedures(locale)])
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t('heading')}</h1>
      <SearchForm label={t('searchLabel')} placeholder={t('searchPlaceholder')} button={t('searchButton')} />
      <p className="my-6 text-gray-700" data-testid="procedure-stats">
        {t('stats', { procedures: stats.procedures, ministries: stats.ministries.length })}
      </p>
      <section aria-labelledby="popular-title" className="mb-8">
        <h2 id="popular-title" className="mb-2 text-xl font-semibold">{t('popular')}</h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {popular.map((p) => (
            <li key={p.code}>
              <Link href={{ pathname: '/thu-tuc/[slug]', params: { slug: p.slug } }} className="block rounded border border-gray-300 p-3 underline-offset-4 hover:underline">
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-8 md:grid-cols-2">
        <CountedList heading={t('byMinistry')} items={stats.ministries} countLabel={(count) => t('procedureCount', { count })} />
        <CountedList heading={t('byField')} items={stats.fields} countLabel={(count) => t('procedureCount', { count })} />
      </div>
    </>
  )
}
