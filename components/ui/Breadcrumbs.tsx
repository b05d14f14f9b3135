import { getLocale, getTranslations } from 'next-intl/server'
import { JsonLd } from '@/components/seo/JsonLd'
import { type Href, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { breadcrumbJsonLd } from '@/lib/seo/procedureJsonLd'
import { absoluteUrl } from '@/lib/site/siteUrl'

export interface Crumb {
  label: string
  href: Href
}

/** Where the page sits, from the home page; the last crumb is the page itself. Also as BreadcrumbList JSON-LD. */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations({ locale, namespace: 'Site' })
  const trail: Crumb[] = [{ label: t('home'), href: '/' }, ...items]
  return (
    <>
      <nav aria-label={t('breadcrumbLabel')} className="mb-4 text-sm print:hidden">
        <ol className="flex flex-wrap gap-x-1 text-muted">
          {trail.map((crumb, i) => (
            <li key={i} className="after:ml-1 after:content-['›'] last:after:content-none">
              {i < trail.length - 1 ? (
                <Link href={crumb.href} className="link">
                  {crumb.label}
                </Link>
              ) : (
                <span aria-current="page">{crumb.label}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd data={breadcrumbJsonLd(trail.map((c) => ({ name: c.label, url: absoluteUrl(c.href, locale) })))} />
    </>
  )
}
