import { describe, expect, it } from 'vitest'
import { diffProcedure, readable } from './procedureDiff'

describe('what an amendment changes', () => {
  it('reads related documents by name, rows one per line, and leaves ids out', () => {
    expect(readable({ id: 4, name: 'Bộ Tư pháp' })).toBe('Bộ Tư pháp')
    expect(readable([{ id: 'a', description: 'Nộp hồ sơ' }, { id: 'b', description: 'Nhận kết quả' }])).toBe('Nộp hồ sơ\nNhận kết quả')
    expect(readable([{ id: 'x', channel: 'online', fees: [{ id: 'y', amount: 50_000 }] }])).toBe('online · 50000')
    expect(readable(null)).toBe('')
  })

  it('lists the fields whose text differs, not bookkeeping nor the workflow’s own fields', () => {
    const published = { id: 1, name: 'Đăng ký khai sinh', status: 'published', updatedAt: 'a', ministry: { id: 2, name: 'Bộ Tư pháp' }, steps: [{ id: 's', description: 'Nộp' }] }
    const amended = { id: 1, name: 'Đăng ký khai sinh', status: 'draft', _status: 'draft', updatedAt: 'b', ministry: 2, steps: [{ id: 't', description: 'Nộp trực tuyến' }], requirements: 'Có mặt' }
    expect(diffProcedure(published, { ...amended, ministry: { id: 2, name: 'Bộ Tư pháp' } })).toEqual([
      { field: 'steps', before: 'Nộp', after: 'Nộp trực tuyến' },
      { field: 'requirements', before: '', after: 'Có mặt' },
    ])
  })
})
