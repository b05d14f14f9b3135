import { describe, expect, it } from 'vitest'
import { isDormant, lastActivity } from './inactivity'

const now = new Date('2026-11-23T00:00:00Z')

describe('dormant staff accounts', () => {
  it('counts from the last sign-in, reactivation or creation, whichever is latest', () => {
    expect(lastActivity({ createdAt: '2026-01-01T00:00:00Z', lastLoginAt: '2026-05-01T00:00:00Z', activeFrom: '2026-03-01T00:00:00Z' })?.toISOString()).toBe('2026-05-01T00:00:00.000Z')
  })

  it('is dormant after more than the allowed days, not on the last day', () => {
    expect(isDormant({ lastLoginAt: '2026-08-25T00:00:00Z' }, now, 90)).toBe(false) // exactly 90 days
    expect(isDormant({ lastLoginAt: '2026-08-24T23:59:00Z' }, now, 90)).toBe(true)
    expect(isDormant({ createdAt: '2026-01-01T00:00:00Z' }, now, 90)).toBe(true) // never signed in
    expect(isDormant({ createdAt: '2026-01-01T00:00:00Z', activeFrom: '2026-11-20T00:00:00Z' }, now, 90)).toBe(false) // reactivated
  })

  it('can be turned off', () => {
    expect(isDormant({ lastLoginAt: '2020-01-01T00:00:00Z' }, now, 0)).toBe(false)
  })
})
