import type { Href } from '@/i18n/navigation'

/** Page n of the publication decisions; page 1 has no /trang/1. */
export const decisionPageHref = (page: number): Href => (page === 1 ? '/quyet-dinh' : { pathname: '/quyet-dinh/trang/[page]', params: { page: String(page) } })
