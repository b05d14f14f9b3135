import type { Locale } from '@/i18n/routing'
import type { LocalizedText } from '@/lib/site/localized'
import type { UnitLink } from './types'

/**
 * A unit's name as a heading: its Vietnamese full name ("Phường Ba Đình"), or in English its
 * English name with its kind ("Ba Dinh Ward", worded by `english`); where there is no English
 * name, the Vietnamese one, marked as such.
 */
export function unitTitle(unit: UnitLink, locale: Locale, english: (unit: UnitLink) => string): LocalizedText {
  if (locale === 'vi') return { text: unit.fullName }
  return unit.nameEn ? { text: english(unit) } : { text: unit.fullName, fallbackLang: 'vi' }
}

/** A unit's name in a list already headed by its kind ("Ba Đình" under "Phường"). */
export function unitShortName(unit: UnitLink, locale: Locale): LocalizedText {
  if (locale === 'vi') return { text: unit.name }
  return unit.nameEn ? { text: unit.nameEn } : { text: unit.name, fallbackLang: 'vi' }
}
