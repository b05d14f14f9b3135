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
    // Citizens' sign-in and account area (dynamic: they read the session cookie).
    '/dang-nhap': { vi: '/dang-nhap', en: '/sign-in' },
    '/da-dang-xuat': { vi: '/da-dang-xuat', en: '/signed-out' },
    '/tai-khoan': { vi: '/tai-khoan', en: '/account' },
    '/tai-khoan/ho-so/[code]': { vi: '/tai-khoan/ho-so/[code]', en: '/account/dossiers/[code]' },
    '/tra-cuu-ho-so': { vi: '/tra-cuu-ho-so', en: '/track' },
    // Browsing. Listings are paginated by path (…/trang/2), so that every page is static.
    '/linh-vuc': { vi: '/linh-vuc', en: '/fields' },
    '/linh-vuc/[slug]': { vi: '/linh-vuc/[slug]', en: '/fields/[slug]' },
    '/linh-vuc/[slug]/trang/[page]': { vi: '/linh-vuc/[slug]/trang/[page]', en: '/fields/[slug]/page/[page]' },
    '/bo-nganh': { vi: '/bo-nganh', en: '/ministries' },
    '/bo-nganh/[slug]': { vi: '/bo-nganh/[slug]', en: '/ministries/[slug]' },
    '/bo-nganh/[slug]/trang/[page]': { vi: '/bo-nganh/[slug]/trang/[page]', en: '/ministries/[slug]/page/[page]' },
    '/cap-thuc-hien/[level]': { vi: '/cap-thuc-hien/[level]', en: '/levels/[level]' },
    '/cap-thuc-hien/[level]/trang/[page]': { vi: '/cap-thuc-hien/[level]/trang/[page]', en: '/levels/[level]/page/[page]' },
    '/doi-tuong/[audience]': { vi: '/doi-tuong/[audience]', en: '/audiences/[audience]' },
    '/doi-tuong/[audience]/trang/[page]': { vi: '/doi-tuong/[audience]/trang/[page]', en: '/audiences/[audience]/page/[page]' },
    '/su-kien': { vi: '/su-kien', en: '/life-events' },
    '/su-kien/[slug]': { vi: '/su-kien/[slug]', en: '/life-events/[slug]' },
    // Publication decisions, FAQs, agencies, places, hotlines and editable pages.
    '/quyet-dinh': { vi: '/quyet-dinh', en: '/decisions' },
    '/quyet-dinh/trang/[page]': { vi: '/quyet-dinh/trang/[page]', en: '/decisions/page/[page]' },
    '/quyet-dinh/[slug]': { vi: '/quyet-dinh/[slug]', en: '/decisions/[slug]' },
    '/hoi-dap': { vi: '/hoi-dap', en: '/faq' },
    '/hoi-dap/linh-vuc/[field]': { vi: '/hoi-dap/linh-vuc/[field]', en: '/faq/field/[field]' },
    '/hoi-dap/[slug]': { vi: '/hoi-dap/[slug]', en: '/faq/[slug]' },
    '/co-quan': { vi: '/co-quan', en: '/agencies' },
    '/co-quan/[slug]': { vi: '/co-quan/[slug]', en: '/agencies/[slug]' },
    '/dia-phuong': { vi: '/dia-phuong', en: '/localities' },
    '/dia-phuong/[slug]': { vi: '/dia-phuong/[slug]', en: '/localities/[slug]' },
    '/duong-day-nong': { vi: '/duong-day-nong', en: '/hotlines' },
    '/trang/[slug]': { vi: '/trang/[slug]', en: '/pages/[slug]' },
  },
})

export type Locale = (typeof routing.locales)[number]
