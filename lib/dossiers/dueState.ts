import { vietnamDay } from '@/lib/workdays/days'

const dayMs = 86_400_000

/** "23/11/2026" in Vietnam time (officers and citizens write dates day first, with the full year). */
export const vietnamDate = (at: string | Date): string => vietnamDay(new Date(at)).replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1')

/** "23/11/2026 14:05" in Vietnam time. */
export function vietnamDateTime(at: string | Date): string {
  const shifted = new Date(new Date(at).getTime() + 7 * 3_600_000).toISOString()
  return `${vietnamDate(at)} ${shifted.slice(11, 16)}`
}

/**
 * Where a dossier stands against its due date: overdue when the date has passed and the dossier is
 * still open; otherwise the calendar days left (0 = due today, Vietnam time). Nothing to say
 * without a due date or once closed.
 */
export function dueState(dueAt: string | null | undefined, closedAt: string | null | undefined, now: Date): { overdue: boolean; daysLeft: number | null } {
  if (!dueAt || closedAt) return { overdue: false, daysLeft: null }
  const due = new Date(dueAt)
  if (due < now) return { overdue: true, daysLeft: null }
  return { overdue: false, daysLeft: Math.round((Date.parse(vietnamDay(due)) - Date.parse(vietnamDay(now))) / dayMs) }
}
