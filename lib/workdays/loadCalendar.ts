import type { Payload } from 'payload'
import { WorkingCalendar } from './calendar'

/** The working calendar as the administrators keep it (collection calendarDays): a few hundred rows, read when a due date is computed. */
export async function loadWorkingCalendar(payload: Payload): Promise<WorkingCalendar> {
  const { docs } = await payload.find({ collection: 'calendarDays', pagination: false, depth: 0, select: { date: true, kind: true, name: true } })
  return new WorkingCalendar(docs.map(({ date, kind, name }) => ({ date, kind, name })))
}
