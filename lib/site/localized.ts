import type { Locale } from '@/i18n/routing'

/** A localized field read with `locale: 'all'`. */
export type AllLocales = Partial<Record<Locale, string | null>> | string | null | undefined

export interface LocalizedText {
  text: string
  /** Set when the text is the Vietnamese fallback of a missing translation (for `lang` and a marker). */
  fallbackLang?: 'vi'
}

/** The text in the wanted locale, else the Vietnamese original marked as such. */
export function pickLocale(value: AllLocales, locale: Locale): LocalizedText {
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'string') return { text: value }
  const wanted = value[locale]
  if (wanted) return { text: wanted }
  return { text: value.vi ?? '', fallbackLang: locale === 'vi' ? undefined : 'vi' }
}
