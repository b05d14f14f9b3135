import type { Payload } from 'payload'
import { calendarDaysFromHolidayData, type HolidayData } from '@/lib/workdays/holidayCalendar'
import { readGzipJson } from './readGzipJson'
import { type CollectionCounts, emptyCounts } from './report'

/**
 * Adds the days of the holiday data that the working calendar lacks. A day already there is the
 * administrators' (they may have corrected it from the year's notice) and is left as it is.
 */
export async function importCalendar(payload: Payload, dir = 'data'): Promise<CollectionCounts> {
  const counts = emptyCounts()
  const days = calendarDaysFromHolidayData(await readGzipJson<HolidayData>('holidays.json.gz', dir))
  const { docs } = await payload.find({ collection: 'calendarDays', pagination: false, depth: 0, select: { date: true } })
  const known = new Set(docs.map((doc) => doc.date))
  for (const day of days) {
    if (known.has(day.date)) {
      counts.unchanged++
      continue
    }
    await payload.create({ collection: 'calendarDays', data: day, depth: 0, context: { importing: true } })
    counts.created++
  }
  return counts
}
