import type { Locale } from '@/i18n/routing'
import type { SearchType } from './types'

/** The tabs of the results page and the facet of the API. */
export const typeLabels: Record<SearchType, Record<Locale, string>> = {
  procedure: { vi: 'Thủ tục hành chính', en: 'Procedures' },
  faq: { vi: 'Hỏi đáp', en: 'Questions and answers' },
  decision: { vi: 'Quyết định công bố', en: 'Publication decisions' },
  agency: { vi: 'Cơ quan', en: 'Agencies' },
}

export const onlineLabels: Record<'true' | 'false', Record<Locale, string>> = {
  true: { vi: 'Nộp trực tuyến được', en: 'Can be done online' },
  false: { vi: 'Chỉ nộp trực tiếp, qua bưu chính', en: 'In person or by post only' },
}
