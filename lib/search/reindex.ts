import { sql } from '@payloadcms/db-postgres'
import type { Meilisearch } from 'meilisearch'
import type { Payload } from 'payload'
import { type IndexedCollection, loadSearchDocuments, type SearchDocument } from './documents'
import { liveIndexName } from './indexSettings'
import { aliasMatcher } from './aliases'
import { assertSucceeded, loadVocabulary, prepareIndex } from './meiliIndex'
import { syncRows } from './syncWorker'

const collections: IndexedCollection[] = ['procedures', 'faqs', 'publicationDecisions', 'agencies']
const TASK_TIMEOUT_MS = 300_000

export interface ReindexResult {
  documents: number
  seconds: number
  /** Changes saved while the index was being built, applied again after the swap. */
  replayed: number
}

/**
 * Builds a fresh index from the database beside the live one and swaps it in, so that search
 * never goes down or shows a half-built index. Changes saved while it builds still reach the
 * live index through the outbox; the ones that went into the old index are applied again to the
 * new one right after the swap (their rows are kept a day for this).
 */
export async function reindexAll(
  payload: Payload,
  client: Meilisearch,
  { log = () => {}, uid = liveIndexName(), quiet = false }: { log?: (line: string) => void; uid?: string; quiet?: boolean } = {},
): Promise<ReindexResult> {
  const started = performance.now()
  // Changes are replayed from a little before the start: a transaction that began earlier may
  // have committed after the build read its document. `quiet`: nothing else writes (the start-up,
  // before the server runs), so everything recorded so far is in the build and done with it.
  const { rows: clock } = (await payload.db.drizzle.execute(
    quiet ? sql`SELECT now() AS since` : sql`SELECT now() - interval '10 minutes' AS since`,
  )) as unknown as { rows: { since: Date | string }[] }
  const since = new Date(clock[0]!.since)
  if (quiet) await payload.db.drizzle.execute(sql`UPDATE search_outbox SET processed_at = now() WHERE processed_at IS NULL AND created_at < ${since.toISOString()}::timestamptz`)
  const building = `${uid}_build_${Date.now()}`
  const vocabulary = await loadVocabulary(payload)
  const aliasesOf = aliasMatcher(vocabulary.all)
  const synonyms = vocabulary.synonyms
  await prepareIndex(client, building, synonyms)
  let documents = 0
  try {
    const pending = []
    for (const collection of collections) {
      for await (const batch of loadSearchDocuments(payload, collection, { pageSize: 500, aliasesOf })) {
        if (!batch.length) continue
        pending.push(client.index<SearchDocument>(building).addDocuments(batch))
        documents += batch.length
      }
      log(`${collection}: ${documents} entries so far`)
    }
    for (const task of pending) assertSucceeded(await task.waitTask({ timeout: TASK_TIMEOUT_MS }), `indexing ${building}`)
    // The live index must exist to be swapped; an empty one is created on a first run.
    await prepareIndex(client, uid, synonyms)
    assertSucceeded(await client.swapIndexes([{ indexes: [uid, building], rename: false }]).waitTask({ timeout: TASK_TIMEOUT_MS }), 'index swap')
  } finally {
    // After the swap this is the old index; after a failure, the half-built one.
    await client.deleteIndex(building).waitTask({ timeout: TASK_TIMEOUT_MS }).catch(() => undefined)
  }
  const replayed = await replaySince(payload, client, uid, since)
  return { documents, seconds: (performance.now() - started) / 1000, replayed }
}

/**
 * Applies again every change recorded since `since`, holding the drainers' lock so that they
 * wait; rows still pending are then done (their documents were just written as they are now).
 */
async function replaySince(payload: Payload, client: Meilisearch, uid: string, since: Date): Promise<number> {
  return payload.db.drizzle.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('search_outbox'))`)
    const { rows } = (await tx.execute(sql`SELECT id::text, source, document_id FROM search_outbox WHERE created_at >= ${since.toISOString()}::timestamptz`)) as unknown as {
      rows: Parameters<typeof syncRows>[3]
    }
    if (!rows.length) return 0
    await syncRows(payload, client, uid, rows)
    await tx.execute(sql`UPDATE search_outbox SET processed_at = now(), last_error = NULL WHERE processed_at IS NULL AND created_at >= ${since.toISOString()}::timestamptz`)
    return rows.length
  })
}

export interface DriftReport {
  /** Published in the database, absent from the index. */
  missing: string[]
  /** In the index, not (or no longer) published in the database. */
  extra: string[]
  /** In both, but the index holds an older version. */
  stale: string[]
  expected: number
  indexed: number
}

/** Compares the index with the database, entry by entry (ids and versions). */
export async function checkDrift(payload: Payload, client: Meilisearch, uid = liveIndexName()): Promise<DriftReport> {
  const expected = new Map<string, string>()
  for (const collection of collections) {
    for await (const batch of loadSearchDocuments(payload, collection, { pageSize: 500 })) for (const doc of batch) expected.set(doc.id, doc.updatedAt)
  }
  const indexed = new Map<string, string>()
  const index = client.index<Pick<SearchDocument, 'id' | 'updatedAt'>>(uid)
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments({ fields: ['id', 'updatedAt'], limit: 1000, offset })
    for (const doc of page.results) indexed.set(doc.id, doc.updatedAt)
    if (page.results.length < 1000) break
  }
  const missing = [...expected.keys()].filter((id) => !indexed.has(id))
  const extra = [...indexed.keys()].filter((id) => !expected.has(id))
  const stale = [...expected].filter(([id, version]) => indexed.has(id) && indexed.get(id) !== version).map(([id]) => id)
  return { missing, extra, stale, expected: expected.size, indexed: indexed.size }
}
