import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'
import { transactionOf } from '@/lib/payload/transactionOf'

/**
 * What a row of the search outbox names: a document whose search entries must be brought in line
 * with the database. `vocabulary` stands for the whole synonyms list (any change pushes all of it).
 */
export const outboxSources = ['procedures', 'faqs', 'publicationDecisions', 'agencies', 'fields', 'searchVocabulary'] as const
export type OutboxSource = (typeof outboxSources)[number]

/** Records that a document changed; the search worker picks the row up (lib/search/syncWorker). */
export async function enqueueSearchSync(req: PayloadRequest, source: OutboxSource, documentId: string | number): Promise<void> {
  const db = await transactionOf(req)
  await db.execute(sql`INSERT INTO search_outbox (source, document_id) VALUES (${source}, ${String(documentId)})`)
}

/**
 * afterChange and afterDelete hooks that write an outbox row in the same transaction as the
 * change. Unlike the cache hooks they also run during imports: an imported procedure must reach
 * the search too, and a row costs one insert.
 */
export function searchIndexHooks(source: OutboxSource) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    await enqueueSearchSync(req, source, doc.id)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await enqueueSearchSync(req, source, doc.id)
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}

type HookSet = NonNullable<CollectionConfig['hooks']>

/** Combines several sets of collection hooks (access checks, cache revalidation, the search outbox), in order. */
export function combineHooks(...sets: HookSet[]): HookSet {
  const merged: Record<string, unknown[]> = {}
  for (const set of sets) for (const [name, hooks] of Object.entries(set)) merged[name] = [...(merged[name] ?? []), ...((hooks as unknown[]) ?? [])]
  return merged as HookSet
}
