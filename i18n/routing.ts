import { defineRouting } from 'next-intl/routing'

/** Vietnamese is the default and has no prefix; English lives under /en, with English paths. */
export const routing = defineRouting({
  locales: ['vi', 'en'],
  defaultLocale: 'vi',
  localePrefix: 'as-needed',
  // The portal's language is chosen by the URL, not guessed from the browser: Vietnamese
  // citizens often have English browsers and must still land on the Vietnamese site.
  localeDetection: false,
  // No cookie either: pages stay identical for every visitor, so a CDN can cache them.
  localeCookie: false,
  pathnames: {
    '/': '/',
    '/tim-kiem': { vi: '/tim-kiem', en: '/search' },
    '/thu-tuc/[slug]': { vi: '/thu-tuc/[slug]', en: '/procedures/[slug]' },
    '/nop-ho-so/[code]': { vi: '/nop-ho-so/[code]', en: '/apply/[code]' },
  },
})

export type Locale = (typeof routing.locales)[number]
