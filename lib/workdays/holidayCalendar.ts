import type { CalendarDay } from './calendar'
import { addDays, type Day, weekday } from './days'

/** The shape of data/holidays.json that the calendar reads (see data/SOURCES.md). */
export interface HolidayData {
  statutory_by_year: Record<string, { statutory_days: { date: Day; name: string }[] }>
  official_schedules?: Record<string, Record<string, unknown>>
}

interface Swap {
  day_off: Day
  make_up_working_saturday: Day
}

/** Every swap ({ day_off, make_up_working_saturday }) and holiday list of a year's announced schedule. */
function announced(schedule: Record<string, unknown>): { holidays: Day[]; swaps: Swap[] } {
  const holidays: Day[] = []
  const swaps: Swap[] = []
  for (const part of Object.values(schedule)) {
    if (!part || typeof part !== 'object') continue
    const entry = part as { holiday_weekdays?: Day[]; holidays?: Day[]; off?: Day; swap?: Swap }
    holidays.push(...(entry.holiday_weekdays ?? []), ...(entry.holidays ?? []), ...(entry.off ? [entry.off] : []))
    if (entry.swap) swaps.push(entry.swap)
  }
  return { holidays, swaps }
}

/**
 * The calendar's days from the holiday data: statutory holidays (Labour Code 2019, art. 112) and
 * the holidays of announced schedules; the weekday given off and the Saturday worked of each
 * announced swap; and, for each holiday on a Saturday or Sunday, a compensatory day off on the
 * next day that is neither a weekend, a holiday nor already off.
 */
export function calendarDaysFromHolidayData(data: HolidayData): CalendarDay[] {
  const days = new Map<Day, CalendarDay>()
  for (const year of Object.values(data.statutory_by_year)) {
    for (const { date, name } of year.statutory_days) days.set(date, { date, kind: 'holiday', name })
  }
  for (const schedule of Object.values(data.official_schedules ?? {})) {
    const { holidays, swaps } = announced(schedule)
    for (const date of holidays) if (!days.has(date)) days.set(date, { date, kind: 'holiday', name: 'Nghỉ lễ, Tết theo thông báo' })
    for (const swap of swaps) {
      days.set(swap.day_off, { date: swap.day_off, kind: 'dayOff', name: `Nghỉ hoán đổi (làm bù ${swap.make_up_working_saturday})` })
      days.set(swap.make_up_working_saturday, { date: swap.make_up_working_saturday, kind: 'makeUp', name: `Làm bù cho ngày ${swap.day_off}` })
    }
  }
  const holidays = [...days.values()].filter((day) => day.kind === 'holiday').sort((a, b) => a.date.localeCompare(b.date))
  for (const holiday of holidays) {
    const dow = weekday(holiday.date)
    if (dow !== 0 && dow !== 6) continue
    let candidate = addDays(holiday.date, 1)
    while (days.has(candidate) || [0, 6].includes(weekday(candidate))) candidate = addDays(candidate, 1)
    days.set(candidate, { date: candidate, kind: 'compensatory', name: `Nghỉ bù ${holiday.name}` })
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date))
}
