import { describe, expect, it } from 'vitest'
import { vietnamTime } from '@/lib/workdays/days'
import { dueState, vietnamDate, vietnamDateTime } from './dueState'

describe('a dossier against its due date', () => {
  const now = vietnamTime('2026-03-10', '09:00')

  it('is overdue once the date has passed while it is open', () => {
    expect(dueState(vietnamTime('2026-03-10', '08:59').toISOString(), null, now)).toEqual({ overdue: true, daysLeft: null })
  })

  it('is not overdue once closed, however late', () => {
    expect(dueState(vietnamTime('2026-03-01', '17:00').toISOString(), vietnamTime('2026-03-09', '10:00').toISOString(), now)).toEqual({ overdue: false, daysLeft: null })
  })

  it('counts the days left by Vietnam’s calendar (due this afternoon is 0, tomorrow morning 1)', () => {
    expect(dueState(vietnamTime('2026-03-10', '17:00').toISOString(), null, now).daysLeft).toBe(0)
    expect(dueState(vietnamTime('2026-03-11', '06:30').toISOString(), null, now).daysLeft).toBe(1)
    expect(dueState(vietnamTime('2026-03-20', '17:00').toISOString(), null, now).daysLeft).toBe(10)
  })

  it('has nothing to say without a due date', () => {
    expect(dueState(null, null, now)).toEqual({ overdue: false, daysLeft: null })
  })
})

describe('dates as officers read them', () => {
  it('are day first with the full year, in Vietnam time (late evening UTC is the next day)', () => {
    expect(vietnamDate('2026-11-22T18:30:00.000Z')).toBe('23/11/2026')
    expect(vietnamDateTime('2026-11-22T18:30:00.000Z')).toBe('23/11/2026 01:30')
  })
})
