import { describe, expect, it } from 'vitest'
import { groupByType } from './groupByType'

type Unit = { type: 'ward' | 'commune' | 'specialZone'; name: string }
const order = ['ward', 'commune', 'specialZone'] as const

describe('groupByType', () => {
  it('groups entries in the given order of types', () => {
    const units: Unit[] = [
      { type: 'commune', name: 'Sóc Sơn' },
      { type: 'specialZone', name: 'Phú Quốc' },
      { type: 'ward', name: 'Ba Đình' },
    ]
    expect(groupByType(units, order, (u) => u.name).map((g) => g.type)).toEqual(['ward', 'commune', 'specialZone'])
  })
  it('sorts each group in Vietnamese alphabetical order', () => {
    const units: Unit[] = ['Đống Đa', 'Ô Chợ Dừa', 'Dịch Vọng', 'Ba Đình', 'Ông Ích Khiêm', 'Bạch Mai'].map((name) => ({ type: 'ward', name }))
    expect(groupByType(units, order, (u) => u.name)[0].entries.map((u) => u.name)).toEqual(['Ba Đình', 'Bạch Mai', 'Dịch Vọng', 'Đống Đa', 'Ô Chợ Dừa', 'Ông Ích Khiêm'])
  })
  it('leaves out empty groups and types outside the order', () => {
    const units = [
      { type: 'commune', name: 'Sóc Sơn' },
      { type: 'district', name: 'Ba Đình' },
    ] as unknown as Unit[]
    expect(groupByType(units, order, (u) => u.name)).toEqual([{ type: 'commune', entries: [{ type: 'commune', name: 'Sóc Sơn' }] }])
  })
})
