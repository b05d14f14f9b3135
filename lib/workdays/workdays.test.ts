import { beforeAll, describe, expect, it } from 'vitest'
import { readGzipJson } from '@/lib/import/readGzipJson'
import { WorkingCalendar } from './calendar'
import { vietnamTime } from './days'
import { countingDay, dueAt } from './deadline'
import { calendarDaysFromHolidayData, type HolidayData } from './holidayCalendar'

let calendar: WorkingCalendar
const at = (day: string, time: string) => vietnamTime(day, time)
const due = (receivedAt: Date, value: number, unit: Parameters<typeof dueAt>[2]['unit'], cutoff?: string) =>
  dueAt(calendar, receivedAt, { value, unit }, { lateReceiptCutoff: cutoff }).toISOString()

beforeAll(async () => {
  calendar = new WorkingCalendar(calendarDaysFromHolidayData(await readGzipJson<HolidayData>('holidays.json.gz')))
})

describe('the working-days calendar from the real holiday data', () => {
  it('takes Tết 2026 (16–20 February) off, and the weekends around it', () => {
    for (const day of ['2026-02-14', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-22']) expect(calendar.isWorkingDay(day)).toBe(false)
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true)
    expect(calendar.isWorkingDay('2026-02-23')).toBe(true)
  })

  it('gives a compensatory day off when a holiday falls on a weekend (Hùng Kings, Sunday 26 April 2026)', () => {
    expect(calendar.entry('2026-04-27')).toMatchObject({ kind: 'compensatory' })
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false)
    expect(calendar.isWorkingDay('2026-04-28')).toBe(true)
  })

  it('counts the announced make-up Saturday and skips the swapped weekday (Tết 2025)', () => {
    expect(calendar.isWorkingDay('2025-02-08')).toBe(true)
    expect(calendar.isWorkingDay('2025-01-27')).toBe(false)
  })

  it('compensates each weekend day of a Tết window on the days after it (Tết 2027 starts on a Saturday)', () => {
    expect(calendar.isWorkingDay('2027-02-10')).toBe(false)
    expect(calendar.isWorkingDay('2027-02-11')).toBe(false)
    expect(calendar.isWorkingDay('2027-02-12')).toBe(true)
  })
})

describe('due dates', () => {
  it('run over Tết 2026 in working days', () => {
    // Received on the Friday before Tết: three working days are the Monday to Wednesday after it.
    expect(due(at('2026-02-13', '10:00'), 3, 'workingDays')).toBe(at('2026-02-25', '17:00').toISOString())
  })

  it('skip the compensatory day and the 30 April – 1 May holidays', () => {
    expect(due(at('2026-04-24', '09:00'), 1, 'workingDays')).toBe(at('2026-04-28', '17:00').toISOString())
    expect(due(at('2026-04-24', '09:00'), 3, 'workingDays')).toBe(at('2026-05-04', '17:00').toISOString())
  })

  it('count a make-up Saturday as a working day', () => {
    expect(due(at('2025-02-06', '09:00'), 2, 'workingDays')).toBe(at('2025-02-08', '17:00').toISOString())
  })

  it('follow the 15:00 rule where the procedure states it', () => {
    // Birth registration: the same day, or the next working day when received at or after 15:00.
    expect(due(at('2026-03-10', '14:59'), 0, 'workingDays', '15:00')).toBe(at('2026-03-10', '17:00').toISOString())
    expect(due(at('2026-03-10', '15:00'), 0, 'workingDays', '15:00')).toBe(at('2026-03-11', '17:00').toISOString())
    expect(due(at('2026-03-13', '16:30'), 0, 'workingDays', '15:00')).toBe(at('2026-03-16', '17:00').toISOString())
    // Without the rule, a late afternoon still counts from that day.
    expect(due(at('2026-03-10', '16:00'), 0, 'workingDays')).toBe(at('2026-03-10', '17:00').toISOString())
  })

  it('start counting on the next working day for a dossier sent on a day off', () => {
    expect(countingDay(calendar, at('2026-03-15', '10:00'))).toBe('2026-03-16')
    expect(countingDay(calendar, at('2026-02-18', '10:00'))).toBe('2026-02-23')
  })

  it('in calendar days and months end on a working day', () => {
    // 10 days from Thursday 16 April 2026 is Sunday 26 April (a holiday too); then Monday 27 is compensatory: Tuesday 28.
    expect(due(at('2026-04-16', '09:00'), 10, 'days')).toBe(at('2026-04-28', '17:00').toISOString())
    expect(due(at('2026-01-30', '09:00'), 1, 'months')).toBe(at('2026-03-02', '17:00').toISOString())
  })

  it('in hours run on the clock, in working hours only in office hours', () => {
    expect(due(at('2026-03-13', '16:00'), 8, 'hours')).toBe(at('2026-03-14', '00:00').toISOString())
    // Friday 16:00 + 8 working hours: one hour on Friday, then Monday 08:00–12:00 and 13:00–16:00.
    expect(due(at('2026-03-13', '16:00'), 8, 'workingHours')).toBe(at('2026-03-16', '16:00').toISOString())
    expect(due(at('2026-03-16', '07:00'), 4, 'workingHours')).toBe(at('2026-03-16', '12:00').toISOString())
  })
})
