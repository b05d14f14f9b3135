import 'server-only'
import { getLocale } from 'next-intl/server'
import NextLink from 'next/link'
import { permanentRedirect as nextPermanentRedirect } from 'next/navigation'
import type { ComponentProps } from 'react'
import { getPathname, type Href } from './paths'
import type { Locale } from './routing'

export { getPathname, type Href } from './paths'

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale }

/**
 * A localized link, for server components. The URL is worked out here on the server, so pages ship
 * no translation runtime to the browser (next-intl's own Link needs one, bench/lighthouse).
 * It does not prefetch: Next.js would fetch every page whose link scrolls into view; a listing shows
 * fifty, and citizens read them on cheap phones with metered data, where that traffic and its
 * parsing cost more than the click it might speed up. A link that deserves it can ask with `prefetch`.
 */
export async function Link({ href, locale, prefetch = false, ...props }: LinkProps) {
  const current = (await getLocale()) as Locale
  return <NextLink href={getPathname({ href, locale: locale ?? current })} hrefLang={locale} prefetch={prefetch} {...props} />
}

/** A permanent (308) redirect to a localized route. */
export function permanentRedirect({ href, locale }: { href: Href; locale: Locale }): never {
  return nextPermanentRedirect(getPathname({ href, locale }))
}
