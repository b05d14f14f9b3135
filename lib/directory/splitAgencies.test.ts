import { describe, expect, it } from 'vitest'
import type { AgencyType } from '@/lib/catalog/agencyTypes'
import { splitAgencies } from './splitAgencies'

const agency = (id: number, type: AgencyType, name: string) => ({ id, type, name: { text: name } })
const agencies = [
  agency(1, 'ministry', 'Bộ Tư pháp'),
  agency(2, 'ministryLevel', 'Ngân hàng Nhà nước Việt Nam'),
  agency(3, 'government', 'Chính phủ'),
  agency(4, 'ministry', 'Bộ Công an'),
  agency(5, 'judicial', 'Tòa án nhân dân tối cao'),
  agency(6, 'judicial', 'Tòa án nhân dân khu vực'),
  agency(7, 'commune', 'Ủy ban nhân dân cấp xã'),
  agency(8, 'central', 'Cục Hộ tịch, quốc tịch, chứng thực'),
]
const managing = new Set([1, 4, 5])

describe('splitAgencies', () => {
  it('puts the Government, ministries and bodies that manage procedures first, by kind then name', () => {
    const { central } = splitAgencies(agencies, (id) => managing.has(id))
    expect(central.map((a) => a.name.text)).toEqual(['Chính phủ', 'Bộ Công an', 'Bộ Tư pháp', 'Ngân hàng Nhà nước Việt Nam', 'Tòa án nhân dân tối cao'])
  })
  it('groups the other agencies by kind in the order of the agency types', () => {
    const { others } = splitAgencies(agencies, (id) => managing.has(id))
    expect(others.map((g) => [g.type, g.entries.map((a) => a.id)])).toEqual([
      ['central', [8]],
      ['commune', [7]],
      ['judicial', [6]],
    ])
  })
})
