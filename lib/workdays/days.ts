/**
 * Calendar days as Vietnam counts them: "YYYY-MM-DD" in Asia/Ho_Chi_Minh (UTC+7 all year, no
 * daylight saving), so that day arithmetic is plain UTC arithmetic on the date string.
 */
export type Day = string

const hour = 3_600_000
const dayMs = 24 * hour

/** The day it is in Vietnam at a moment. */
export const vietnamDay = (at: Date): Day => new Date(at.getTime() + 7 * hour).toISOString().slice(0, 10)

/** Minutes since midnight in Vietnam at a moment. */
export const vietnamMinutes = (at: Date) => Math.floor(((at.getTime() + 7 * hour) % dayMs) / 60_000)

/** The moment a Vietnamese clock shows a time ("HH:MM") on a day. */
export const vietnamTime = (day: Day, time: string): Date => new Date(`${day}T${time}:00+07:00`)

export const addDays = (day: Day, days: number): Day => new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10)

/** 0 Sunday … 6 Saturday. */
export const weekday = (day: Day) => new Date(`${day}T00:00:00Z`).getUTCDay()

/** The same day of the month `months` later, or the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(day: Day, months: number): Day {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date, lastDay))
  return target.toISOString().slice(0, 10)
}

export const isDay = (value: unknown): value is Day => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
