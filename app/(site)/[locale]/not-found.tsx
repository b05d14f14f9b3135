import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'

/** 404 in the page's language, with ways forward: the home page, the search and the support line. */
export default async function NotFound() {
  const t = await getTranslations('NotFound')
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4">{t('body')}</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <Link href="/" className="link">
            {t('home')}
          </Link>
        </li>
        <li>
          <Link href="/linh-vuc" className="link">
            {t('browse')}
          </Link>
        </li>
        <li>
          <Link href="/duong-day-nong" className="link">
            {t('help')}
          </Link>
        </li>
      </ul>
    </>
  )
}
