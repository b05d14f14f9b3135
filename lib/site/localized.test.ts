import { describe, expect, it } from 'vitest'
import { pickLocale } from './localized'

describe('pickLocale', () => {
  it('gives the translation when there is one', () => {
    expect(pickLocale({ vi: 'Hộ tịch', en: 'Civil status' }, 'en')).toEqual({ text: 'Civil status' })
  })
  it('falls back to Vietnamese, marked, when English is missing', () => {
    expect(pickLocale({ vi: 'Hộ tịch', en: null }, 'en')).toEqual({ text: 'Hộ tịch', fallbackLang: 'vi' })
    expect(pickLocale({ vi: 'Hộ tịch' }, 'vi')).toEqual({ text: 'Hộ tịch' })
  })
  it('takes plain strings as they are', () => {
    expect(pickLocale('Hà Nội', 'en')).toEqual({ text: 'Hà Nội' })
  })
})
