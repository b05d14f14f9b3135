import { describe, expect, it } from 'vitest'
import { parseProcessingTime } from './parseProcessingTime'

const time = (duration: string | null, value: number | null, unit: string | null, fee = 'Miễn phí') =>
  parseProcessingTime({ duration, duration_value: value, duration_unit: unit }, fee)

describe('parseProcessingTime', () => {
  it('maps each source unit', () => {
    expect(time('5 Ngày làm việc', 5, 'Ngày làm việc').processingTime).toEqual({ value: 5, unit: 'workingDays', text: '5 Ngày làm việc' })
    expect(time('40 Ngày', 40, 'Ngày').processingTime.unit).toBe('days')
    expect(time('24 Giờ', 24, 'Giờ').processingTime.unit).toBe('hours')
    expect(time('8 Giờ làm việc', 8, 'Giờ làm việc').processingTime.unit).toBe('workingHours')
    expect(time('3 Tháng', 3, 'Tháng').processingTime.unit).toBe('months')
    expect(time('0.5 Giờ', 0.5, 'Giờ').flags).toEqual([])
  })

  it('keeps a number without unit and flags it', () => {
    const result = time('120', 120, null)
    expect(result.processingTime).toEqual({ value: 120, unit: null, text: '120' })
    expect(result.flags).toEqual([{ code: 'duration-without-unit', message: expect.stringContaining('«120»') }])
  })

  it('flags a missing duration, with an empty text', () => {
    const result = time(null, null, null)
    expect(result.processingTime).toEqual({ value: null, unit: null, text: '' })
    expect(result.flags.map((flag) => flag.code)).toEqual(['duration-missing'])
  })

  it('keeps "Không quy định" as a statement of the law, without a flag', () => {
    const result = time('Không quy định', null, null)
    expect(result.processingTime).toEqual({ value: null, unit: null, text: 'Không quy định' })
    expect(result.flags).toEqual([])
  })

  it('does not take a fee amount glued onto the duration for a number of days', () => {
    const result = time('120', 120, null, 'VNĐ(20.000 vnđ / tờ khai)')
    expect(result.processingTime).toEqual({ value: null, unit: null, text: '120' })
    expect(result.flags).toEqual([{ code: 'duration-fee-glued', message: expect.stringContaining('«120»') }])
  })

  it('flags a unit it does not know', () => {
    const result = time('2 Tuần', 2, 'Tuần')
    expect(result.processingTime).toEqual({ value: 2, unit: null, text: '2 Tuần' })
    expect(result.flags[0].code).toBe('duration-unit-unknown')
  })
})
