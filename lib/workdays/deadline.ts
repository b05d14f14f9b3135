import type { DurationUnit } from '@/lib/catalog/types'
import type { WorkingCalendar } from './calendar'
import { addDays, addMonths, type Day, vietnamDay, vietnamMinutes, vietnamTime } from './days'

/** A processing time as procedures state it. */
export interface ProcessingTime {
  value: number
  unit: DurationUnit
}

export interface DeadlineRules {
  /** "Received after 15:00 counts from the next working day": the cut-off ("15:00"), when the procedure says so. */
  lateReceiptCutoff?: string | null
}

/** Office hours of a working day, for deadlines in working hours and for the end of a due day. */
export const officeHours = { start: '08:00', lunchStart: '12:00', lunchEnd: '13:00', end: '17:00' }

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/**
 * The day counting starts from: the day of receipt if it is a working day (and, where the
 * procedure has the cut-off rule, the dossier came before the cut-off); otherwise the next working day.
 */
export function countingDay(calendar: WorkingCalendar, receivedAt: Date, rules: DeadlineRules = {}): Day {
  const day = vietnamDay(receivedAt)
  if (!calendar.isWorkingDay(day)) return calendar.nextWorkingDay(day)
  if (rules.lateReceiptCutoff && vietnamMinutes(receivedAt) >= minutesOf(rules.lateReceiptCutoff)) return calendar.nextWorkingDay(day)
  return day
}

/**
 * When the result is due. Working days: the n-th working day after the counting day (0: that day),
 * by the end of office hours. Calendar days and months (Civil Code 2015, art. 147–148): counted
 * from the counting day, moved to the next working day when the last day is a day off. Hours:
 * from receipt. Working hours: only office hours of working days count.
 */
export function dueAt(calendar: WorkingCalendar, receivedAt: Date, time: ProcessingTime, rules: DeadlineRules = {}): Date {
  const start = countingDay(calendar, receivedAt, rules)
  const endOf = (day: Day) => vietnamTime(day, officeHours.end)
  switch (time.unit) {
    case 'workingDays':
      return endOf(calendar.addWorkingDays(start, time.value))
    case 'days':
      return endOf(calendar.workingDayFrom(addDays(start, time.value)))
    case 'months':
      return endOf(calendar.workingDayFrom(addMonths(start, time.value)))
    case 'hours':
      return new Date(receivedAt.getTime() + time.value * 3_600_000)
    case 'workingHours':
      return addWorkingHours(calendar, receivedAt, time.value)
  }
}

/** Moves through office hours of working days only. */
function addWorkingHours(calendar: WorkingCalendar, from: Date, hours: number): Date {
  const periods = [
    [officeHours.start, officeHours.lunchStart],
    [officeHours.lunchEnd, officeHours.end],
  ].map(([a, b]) => [minutesOf(a!), minutesOf(b!)] as const)
  let remaining = Math.round(hours * 60)
  let day = vietnamDay(from)
  let minute = vietnamMinutes(from)
  for (;;) {
    if (calendar.isWorkingDay(day)) {
      for (const [open, close] of periods) {
        const begin = Math.max(open, minute)
        if (begin >= close) continue
        if (remaining <= close - begin) return new Date(vietnamTime(day, '00:00').getTime() + (begin + remaining) * 60_000)
        remaining -= close - begin
      }
    }
    day = addDays(day, 1)
    minute = 0
  }
}

/** Whether a dossier due at `due` is late at `now` (not yet returned). */
export const isOverdue = (due: Date, now: Date = new Date()) => now.getTime() > due.getTime()
