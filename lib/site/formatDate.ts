import type { Locale } from '@/i18n/routing'

/** A date as people write it in the locale ("23 tháng 11, 2026", "23 November 2026"), in Vietnam's time zone. */
export function formatDate(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(value))
}

/** A moment with its time ("23/11/2026, 14:05"), in Vietnam's time zone. */
export function formatDateTime(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(value))
}
