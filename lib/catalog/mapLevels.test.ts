import { describe, expect, it } from 'vitest'
import { mapLevels } from './mapLevels'

describe('mapLevels', () => {
  it('maps the four source levels', () => {
    expect(mapLevels(['Cấp bộ', 'Cấp tỉnh', 'Cấp xã', 'Cơ quan khác']).levels).toEqual(['ministry', 'province', 'commune', 'other'])
  })

  it('flags an unknown level and keeps the others', () => {
    const result = mapLevels(['Cấp huyện', 'Cấp xã'])
    expect(result.levels).toEqual(['commune'])
    expect(result.flags).toEqual([{ code: 'unknown-level', message: expect.stringContaining('«Cấp huyện»') }])
  })
})
