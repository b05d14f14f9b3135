import type { Locale } from '@/i18n/routing'
import { getPayloadClient } from './getPayloadClient'

export interface CountedItem {
  id: number
  name: string
  count: number
}

export interface HomeStats {
  procedures: number
  ministries: CountedItem[]
  fields: CountedItem[]
}

/** Counts of published procedures in total, per managing ministry and per field. */
export async function getHomeStats(locale: Locale): Promise<HomeStats> {
  const payload = await getPayloadClient()
  const published = { status: { equals: 'published' } } as const
  const [{ totalDocs: procedures }, ministries, fields] = await Promise.all([
    payload.count({ collection: 'procedures', where: published, overrideAccess: false }),
    payload.find({ collection: 'agencies', where: { type: { in: ['ministry', 'ministryLevel', 'judicial'] } }, limit: 100, locale, depth: 0, overrideAccess: false }),
    payload.find({ collection: 'fields', limit: 500, locale, depth: 0, overrideAccess: false }),
  ])
  const countBy = async (path: 'ministry' | 'field', docs: { id: number; name: string }[]) =>
    Promise.all(
      docs.map(async ({ id, name }) => {
        const { totalDocs } = await payload.count({
          collection: 'procedures',
          where: { and: [published, { [path]: { equals: id } }] },
          overrideAccess: false,
        })
        return { id, name, count: totalDocs }
      }),
    )
  const byCount = (items: CountedItem[]) => items.filter((i) => i.count > 0).sort((a, b) => b.count - a.count)
  return {
    procedures,
    ministries: byCount(await countBy('ministry', ministries.docs)),
    fields: byCount(await countBy('field', fields.docs)).slice(0, 12),
  }
}
