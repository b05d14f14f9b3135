import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { versionedCache } from '@/lib/payload/versionedCache'
import { WorkingCalendar } from './calendar'

/** The calendar's version: its size and last change (a deleted day changes the size). */
async function calendarVersion(payload: Payload): Promise<string> {
  const { rows } = (await payload.db.drizzle.execute(sql`SELECT count(*)::int AS n, max(updated_at) AS at FROM calendar_days`)) as unknown as { rows: { n: number; at: string | null }[] }
  return `${rows[0]?.n}@${rows[0]?.at ? new Date(rows[0].at).toISOString() : ''}`
}

/** The working calendar as the administrators keep it (collection calendarDays): a few hundred rows, read again only when they change. */
const cachedCalendar = versionedCache<null, WorkingCalendar>(calendarVersion, readWorkingCalendar)
export const loadWorkingCalendar = (payload: Payload): Promise<WorkingCalendar> => cachedCalendar(payload, null)

async function readWorkingCalendar(payload: Payload): Promise<WorkingCalendar> {
  const { docs } = await payload.find({ collection: 'calendarDays', pagination: false, depth: 0, select: { date: true, kind: true, name: true } })
  return new WorkingCalendar(docs.map(({ date, kind, name }) => ({ date, kind, name })))
}
