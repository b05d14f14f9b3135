import { describe, expect, it } from 'vitest'
import { groupFormerUnits } from './groupFormerUnits'

const hanoi = 'Thành phố Hà Nội'

describe('groupFormerUnits', () => {
  it('groups former wards by their old district, in the order of the merger', () => {
    const groups = groupFormerUnits([
      { code: '00004', fullName: 'Phường Trúc Bạch', district: 'Quận Ba Đình', province: hanoi, mergeType: 'full' },
      { code: '00070', fullName: 'Phường Đồng Xuân', district: 'Quận Hoàn Kiếm', province: hanoi, mergeType: 'partial' },
      { code: '00008', fullName: 'Phường Quán Thánh', district: 'Quận Ba Đình', province: hanoi, mergeType: 'full' },
    ])
    expect(groups.map((g) => [g.place, g.units.map((u) => u.fullName)])).toEqual([
      ['Quận Ba Đình, Thành phố Hà Nội', ['Phường Trúc Bạch', 'Phường Quán Thánh']],
      ['Quận Hoàn Kiếm, Thành phố Hà Nội', ['Phường Đồng Xuân']],
    ])
  })
  it('keeps former provinces, which have no district, in one group without a place', () => {
    const groups = groupFormerUnits([
      { code: '02', fullName: 'Tỉnh Hà Giang', mergeType: 'full' },
      { code: '08', fullName: 'Tỉnh Tuyên Quang', district: null, province: null, mergeType: 'full' },
    ])
    expect(groups).toHaveLength(1)
    expect(groups[0].place).toBe('')
    expect(groups[0].units).toHaveLength(2)
  })
  it('gives no groups for a unit without former units', () => {
    expect(groupFormerUnits([])).toEqual([])
  })
})
