import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Payload, PayloadRequest } from 'payload'

/**
 * What a row of the search outbox names: a document whose search entries must be brought in line
 * with the database. `vocabulary` stands for the whole synonyms list (any change pushes all of it).
 */
export const outboxSources = ['procedures', 'faqs', 'publicationDecisions', 'agencies', 'fields', 'searchVocabulary'] as const
export type OutboxSource = (typeof outboxSources)[number]

type Drizzle = Payload['db']['drizzle']

/**
 * The database handle of the request's transaction, so that the outbox row commits (or rolls
 * back) together with the change it reports — the point of a transactional outbox. Outside a
 * transaction, the pool. (Payload's own helper, getTransaction, is not exported.)
 */
export async function transactionOf(req: PayloadRequest): Promise<Drizzle> {
  const adapter = req.payload.db
  const id = req.transactionID ? await req.transactionID : undefined
  const sessions = (adapter as unknown as { sessions?: Record<string, { db: Drizzle } | undefined> }).sessions
  return (id !== undefined && sessions?.[String(id)]?.db) || adapter.drizzle
}

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
