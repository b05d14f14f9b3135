import { addDays, type Day, weekday } from './days'

/**
 * What a day is, where it differs from the plain week: a public holiday, a compensatory day off
 * for a holiday that fell on a weekend, a weekday given off by the annual notice (swapped), or a
 * Saturday worked to make up for one.
 */
export type CalendarDayKind = 'holiday' | 'compensatory' | 'dayOff' | 'makeUp'

export interface CalendarDay {
  date: Day
  kind: CalendarDayKind
  name: string
}

/** Working days of the civil service: Monday to Friday, less holidays and days off, plus make-up days. */
export class WorkingCalendar {
  private readonly days: Map<Day, CalendarDay>

  constructor(entries: CalendarDay[]) {
    this.days = new Map(entries.map((entry) => [entry.date, entry]))
  }

  /** What the calendar says of a day, if anything. */
  entry(day: Day): CalendarDay | undefined {
    return this.days.get(day)
  }

  isWorkingDay(day: Day): boolean {
    const kind = this.days.get(day)?.kind
    if (kind === 'makeUp') return true
    if (kind) return false
    const dow = weekday(day)
    return dow !== 0 && dow !== 6
  }

  /** The first working day after `day`. */
  nextWorkingDay(day: Day): Day {
    let next = addDays(day, 1)
    while (!this.isWorkingDay(next)) next = addDays(next, 1)
    return next
  }

  /** `day` itself if it is a working day, else the next one. */
  workingDayFrom(day: Day): Day {
    return this.isWorkingDay(day) ? day : this.nextWorkingDay(day)
  }

  /** The n-th working day after `day` (n = 0: `day` itself). */
  addWorkingDays(day: Day, n: number): Day {
    let current = day
    for (let i = 0; i < n; i++) current = this.nextWorkingDay(current)
    return current
  }

  /** Working days after `from` up to and including `to` (negative when `to` is earlier). */
  workingDaysBetween(from: Day, to: Day): number {
    if (to < from) return -this.workingDaysBetween(to, from)
    let count = 0
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (this.isWorkingDay(day)) count++
    return count
  }
}
