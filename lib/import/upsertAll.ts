import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import type { RejectedRecord } from '@/lib/catalog/types'
import { hashRecord } from './hashRecord'
import { type CollectionCounts, emptyCounts } from './report'

export interface UpsertItem<S extends CollectionSlug> {
  /** Natural key (code, number or source name). */
  key: string
  data: RequiredDataFromCollectionSlug<S>
  /** Fields written only when the record is created (e.g. a stable slug). */
  onCreate?: Partial<RequiredDataFromCollectionSlug<S>>
}

export interface UpsertOptions<S extends CollectionSlug> {
  collection: S
  /** The field that holds the natural key. */
  keyField: string
  items: UpsertItem<S>[]
  kind: RejectedRecord['kind']
  concurrency?: number
  onProgress?: (done: number) => void
}

export interface UpsertResult {
  ids: Map<string, number>
  counts: CollectionCounts
  rejected: RejectedRecord[]
}

/**
 * Creates or updates records by natural key. A record whose hash matches the stored one is
 * left alone, so that a second import of the same data changes nothing. A record that Payload
 * refuses is reported as rejected with Payload's reason; the others still go in.
 */
export async function upsertAll<S extends CollectionSlug>(payload: Payload, options: UpsertOptions<S>): Promise<UpsertResult> {
  const { collection, keyField, items, kind, concurrency = 4, onProgress } = options
  const existing = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    select: { [keyField]: true, importHash: true } as never,
  })
  const byKey = new Map<string, { id: number; importHash?: string | null }>()
  for (const doc of existing.docs as unknown as Record<string, unknown>[]) {
    byKey.set(String(doc[keyField]), { id: Number(doc.id), importHash: doc.importHash as string | null })
  }
  const result: UpsertResult = { ids: new Map(), counts: emptyCounts(), rejected: [] }
  const context = { importing: true }
  let done = 0
  const work = async (item: UpsertItem<S>) => {
    const importHash = hashRecord(item.data)
    const data = { ...item.data, importHash } as RequiredDataFromCollectionSlug<S>
    const found = byKey.get(item.key)
    try {
      if (found && found.importHash === importHash) {
        result.counts.unchanged++
        result.ids.set(item.key, found.id)
      } else if (found) {
        await payload.update({ collection, id: found.id, data: data as never, locale: 'vi', depth: 0, context })
        result.counts.updated++
        result.ids.set(item.key, found.id)
      } else {
        const doc = await payload.create({ collection, data: { ...data, ...item.onCreate }, locale: 'vi', depth: 0, context })
        result.counts.created++
        result.ids.set(item.key, Number(doc.id))
      }
    } catch (error) {
      result.counts.rejected++
      result.rejected.push({ kind, key: item.key, reasons: [describeError(error)], record: item.data })
    }
    onProgress?.(++done)
  }
  await runPool(items, concurrency, work)
  return result
}

async function runPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const lanes = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await work(items[next++])
  })
  await Promise.all(lanes)
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'data' in error) {
    const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
    if (data?.errors?.length) return data.errors.map((e) => `${e.path}: ${e.message}`).join('; ')
  }
  return error instanceof Error ? error.message : String(error)
}
