import type { CollectionSlug, Payload } from 'payload'
import { type SlugRequest, uniqueSlugs } from '@/lib/catalog/uniqueSlugs'

/**
 * Slugs for the records of an import that have none yet, unique against the slugs already in
 * the collection. Records that have a slug keep it: links to them never change.
 */
export async function slugsForNewRecords(payload: Payload, collection: CollectionSlug, keyField: string, requests: SlugRequest[]): Promise<Map<string, string>> {
  const { docs } = await payload.find({ collection, pagination: false, depth: 0, select: { [keyField]: true, slug: true } as never })
  const rows = docs as unknown as Record<string, unknown>[]
  const slugged = new Set(rows.filter((d) => d.slug).map((d) => String(d[keyField])))
  const taken = new Set(rows.map((d) => d.slug).filter((s): s is string => typeof s === 'string'))
  return uniqueSlugs(requests.filter((r) => !slugged.has(r.key)), taken)
}
