import { describe, expect, it } from 'vitest'
import { formatProcessingTime } from './formatProcessingTime'

describe('formatProcessingTime', () => {
  it('writes value and unit in the reader’s language', () => {
    expect(formatProcessingTime({ value: 5, unit: 'workingDays', text: '5 Ngày làm việc' }, 'vi')).toBe('5 ngày làm việc')
    expect(formatProcessingTime({ value: 5, unit: 'workingDays', text: '5 Ngày làm việc' }, 'en')).toBe('5 working days')
  })

  it('shows the published text when the unit is unknown, without guessing one', () => {
    expect(formatProcessingTime({ value: 1, unit: null, text: '1' }, 'vi')).toBe('1')
    expect(formatProcessingTime({ value: null, unit: null, text: 'Không quy định' }, 'en')).toBe('Không quy định')
  })

  it('is empty when nothing is known', () => {
    expect(formatProcessingTime(null, 'vi')).toBe('')
  })
})
