import { getTranslations } from 'next-intl/server'
import { type Href, Link } from '@/i18n/navigation'

const links: { key: 'footerAbout' | 'footerTerms' | 'footerAccessibility' | 'footerDecisions' | 'navHotlines'; href: Href }[] = [
  { key: 'footerAbout', href: { pathname: '/trang/[slug]', params: { slug: 'gioi-thieu' } } },
  { key: 'footerTerms', href: { pathname: '/trang/[slug]', params: { slug: 'dieu-khoan-su-dung' } } },
  { key: 'footerAccessibility', href: { pathname: '/trang/[slug]', params: { slug: 'tuyen-bo-tiep-can' } } },
  { key: 'footerDecisions', href: '/quyet-dinh' },
  { key: 'navHotlines', href: '/duong-day-nong' },
]

/** The portal's footer: pages about the portal, the support line and the staff sign-in. */
export async function SiteFooter() {
  const t = await getTranslations('Site')
  return (
    <footer className="border-t border-line bg-surface print:hidden">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-ink">
        <nav aria-label={t('footerNav')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {links.map(({ key, href }) => (
              <li key={key}>
                <Link href={href} className="link">
                  {t(key)}
                </Link>
              </li>
            ))}
            <li>
              {/* The admin is a separate app (its own root layout): a full page load is intended. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/admin" className="link">
                {t('staffLogin')}
              </a>
            </li>
          </ul>
        </nav>
        <p className="mt-4 font-semibold">{t('footerSupport')}</p>
        <p className="mt-2 text-muted">{t('footer')}</p>
      </div>
    </footer>
  )
}
