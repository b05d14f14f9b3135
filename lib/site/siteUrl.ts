import { getPathname, type Href } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { portalOrigin } from './portalOrigin'

/** The public origin of the portal (PUBLIC_URL in production), without a trailing slash. */
export const siteUrl = portalOrigin

/** Absolute URL of a page in a locale. */
export const absoluteUrl = (href: Href, locale: Locale) => `${siteUrl()}${getPathname({ href, locale })}`

/** Canonical URL and hreflang alternates of a page, for `generateMetadata`. */
export function alternatesFor(href: Href, locale: Locale) {
  return {
    canonical: absoluteUrl(href, locale),
    languages: { vi: absoluteUrl(href, 'vi'), en: absoluteUrl(href, 'en'), 'x-default': absoluteUrl(href, 'vi') },
  }
}
