import { describe, expect, it } from 'vitest'
import { parseFee } from './parseFee'

describe('parseFee', () => {
  it('treats "Miễn phí" as free', () => {
    expect(parseFee('Miễn phí')).toEqual({ feeText: 'Miễn phí', free: true, flags: [] })
    expect(parseFee('Miễn phí(Không quy định)').free).toBe(true)
  })

  it('treats a stated zero amount as free', () => {
    expect(parseFee('Phí : 0 Đồng').free).toBe(true)
    expect(parseFee('Phí : 0 Đồng 10-25 ngày kể từ ngày nhận được hồ sơ hợp lệ.').free).toBe(true)
  })

  it('is not free when a positive amount is stated', () => {
    expect(parseFee('Lệ phí : 50.000 Đồng').free).toBe(false)
    expect(parseFee('Phí : 0 Đồng; Lệ phí : 100.000 Đồng').free).toBe(false)
    expect(parseFee('01 triệu đồng/lần').free).toBe(false)
  })

  it('flags "Miễn phí" followed by a positive amount, and does not call it free', () => {
    const result = parseFee('Miễn phí(150.000 đồng/giấy)')
    expect(result.free).toBe(false)
    expect(result.flags).toEqual([{ code: 'fee-contradictory', message: expect.stringContaining('150.000 đồng/giấy') }])
  })

  it('trims the text and keeps an empty fee as not free', () => {
    expect(parseFee('  Lệ phí: 8.000 Đồng \n')).toMatchObject({ feeText: 'Lệ phí: 8.000 Đồng', free: false })
    expect(parseFee(null)).toEqual({ feeText: '', free: false, flags: [] })
  })
})
