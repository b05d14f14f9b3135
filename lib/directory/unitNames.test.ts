import { describe, expect, it } from 'vitest'
import type { UnitLink } from './types'
import { unitShortName, unitTitle } from './unitNames'

const baDinh: UnitLink = { slug: 'phuong-ba-dinh', type: 'ward', name: 'Ba Đình', fullName: 'Phường Ba Đình', nameEn: 'Ba Dinh' }
const english = (u: UnitLink) => `${u.nameEn} ${u.type === 'ward' ? 'Ward' : 'Commune'}`

describe('unitTitle', () => {
  it('is the Vietnamese full name in Vietnamese', () => {
    expect(unitTitle(baDinh, 'vi', english)).toEqual({ text: 'Phường Ba Đình' })
  })
  it('is the English name with its kind in English', () => {
    expect(unitTitle(baDinh, 'en', english)).toEqual({ text: 'Ba Dinh Ward' })
  })
  it('falls back to the Vietnamese full name, marked, without an English name', () => {
    expect(unitTitle({ ...baDinh, nameEn: '' }, 'en', english)).toEqual({ text: 'Phường Ba Đình', fallbackLang: 'vi' })
  })
})

describe('unitShortName', () => {
  it('is the bare name in each language', () => {
    expect(unitShortName(baDinh, 'vi')).toEqual({ text: 'Ba Đình' })
    expect(unitShortName(baDinh, 'en')).toEqual({ text: 'Ba Dinh' })
    expect(unitShortName({ ...baDinh, nameEn: '' }, 'en')).toEqual({ text: 'Ba Đình', fallbackLang: 'vi' })
  })
})
