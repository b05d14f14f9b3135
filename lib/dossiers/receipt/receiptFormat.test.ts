import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatVietnamDateTime, maskPersonalId } from './receiptFormat'

describe('receipt dates', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('show the day and time a clock in Vietnam shows', () => {
    expect(formatVietnamDateTime(new Date('2026-02-23T01:30:00Z'))).toBe('23/02/2026 08:30')
  })

  it('move to the next day after 17:00 UTC', () => {
    expect(formatVietnamDateTime(new Date('2026-12-31T17:05:00Z'))).toBe('01/01/2027 00:05')
  })

  it('do not depend on the server time zone', () => {
    vi.stubEnv('TZ', 'America/Los_Angeles')
    expect(formatVietnamDateTime(new Date('2026-02-23T01:30:00Z'))).toBe('23/02/2026 08:30')
  })
})

describe('masked personal identification numbers', () => {
  it('show only the last four digits', () => {
    expect(maskPersonalId('079190001234')).toBe('********1234')
  })

  it('ignore spaces in the number', () => {
    expect(maskPersonalId(' 079 190 001 234 ')).toBe('********1234')
  })

  it('mask a number of four digits or fewer whole', () => {
    expect(maskPersonalId('1234')).toBe('****')
    expect(maskPersonalId('')).toBe('')
  })
})
