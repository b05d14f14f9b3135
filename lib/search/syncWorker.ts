import { sql } from '@payloadcms/db-postgres'
import type { Meilisearch } from 'meilisearch'
import type { Payload, Where } from 'payload'
import { routing } from '@/i18n/routing'
import { documentId, type IndexedCollection, loadSearchDocuments, type SearchDocument, typeOf } from './documents'
import { getMeiliClient } from './getMeiliClient'
import { liveIndexName } from './indexSettings'
import { aliasMatcher } from './aliases'
import { applyChanges, assertSucceeded, indexExists, loadVocabulary, prepareIndex } from './meiliIndex'
import type { OutboxSource } from './outbox'

/** One drainer at a time across all instances: this key's advisory lock. */
const DRAIN_LOCK = sql`hashtext('search_outbox')`

export interface DrainResult {
  /** Another instance is draining right now. */
  skipped: boolean
  /** Outbox rows applied to the index. */
  processed: number
  /** Rows whose changes failed; they are retried later. */
  failed: number
  error?: string
}

type Row = { id: string; source: OutboxSource; document_id: string }

const ids = (rows: Row[], source: OutboxSource) => [...new Set(rows.filter((r) => r.source === source).map((r) => Number(r.document_id)))]

/** Every document of every indexed collection. */
const everything: Record<IndexedCollection, Where> = { procedures: {}, faqs: {}, publicationDecisions: {}, agencies: {} }

/**
 * The documents whose search entries the rows touch, by collection. A field or agency also
 * touches what shows its name: the field's procedures and FAQs, the agency's procedures and decisions.
 */
export function affectedDocuments(rows: Row[]): Partial<Record<IndexedCollection, Where>> {
  const by = (source: OutboxSource) => ids(rows, source)
  const or = (clauses: (Where | false)[]): Where | undefined => {
    const kept = clauses.filter((c): c is Where => c !== false)
    return kept.length ? { or: kept } : undefined
  }
  const inList = (path: string, list: number[]): Where | false => (list.length ? { [path]: { in: list } } : false)
  const fields = by('fields')
  const agencies = by('agencies')
  // The vocabulary gives documents their aliases: a change to it rewrites every entry.
  if (rows.some((r) => r.source === 'searchVocabulary')) return everything
  const result: Partial<Record<IndexedCollection, Where | undefined>> = {
    procedures: or([
      inList('id', by('procedures')),
      inList('field', fields),
      inList('ministry', agencies),
      inList('competentAuthority', agencies),
      inList('executingAgency', agencies),
    ]),
    faqs: or([inList('id', by('faqs')), inList('field', fields)]),
    publicationDecisions: or([inList('id', by('publicationDecisions')), inList('issuer', agencies)]),
    agencies: or([inList('id', agencies)]),
  }
  return Object.fromEntries(Object.entries(result).filter(([, where]) => where)) as Partial<Record<IndexedCollection, Where>>
}

/**
 * Brings the index in line with the database for the documents the rows name: published ones are
 * (re)written, the others (draft, abolished, deleted) removed. Reads the current state, so a row
 * processed twice or late does no harm.
 */
export async function syncRows(payload: Payload, client: Meilisearch, uid: string, rows: Row[]): Promise<void> {
  const upserts: SearchDocument[] = []
  const deletions: string[] = []
  const vocabulary = await loadVocabulary(payload)
  const aliasesOf = aliasMatcher(vocabulary.all)
  // Never let Meilisearch create the index on the fly (it would have no settings): a new or
  // wiped Meilisearch gets the index as prepared at start, and every document, not only these rows'.
  const missing = !(await indexExists(client, uid))
  if (missing) await prepareIndex(client, uid, vocabulary.synonyms)
  const affected = missing ? everything : affectedDocuments(rows)
  for (const [collection, where] of Object.entries(affected) as [IndexedCollection, Where][]) {
    const written = new Set<string>()
    for await (const batch of loadSearchDocuments(payload, collection, { where, aliasesOf })) {
      for (const doc of batch) written.add(doc.id)
      upserts.push(...batch)
    }
    // Every document the rows name directly whose entries were not written is gone from the public.
    for (const id of ids(rows, collection)) {
      for (const locale of routing.locales) {
        const entry = documentId(typeOf[collection], id, locale)
        if (!written.has(entry)) deletions.push(entry)
      }
    }
  }
  if (!missing && rows.some((r) => r.source === 'searchVocabulary')) {
    assertSucceeded(await client.index(uid).updateSynonyms(vocabulary.synonyms).waitTask({ timeout: 60_000 }), `synonyms of ${uid}`)
  }
  await applyChanges(client, uid, upserts, deletions)
}

/**
 * Applies pending outbox rows to Meilisearch, oldest first. The rows are read and marked done in
 * one transaction holding an advisory lock, so however many instances run, each row is applied by
 * one of them and the index sees changes in order. If Meilisearch fails, the rows stay pending
 * with a later retry time and the error; nothing is lost.
 */
export async function drainOutbox(payload: Payload, { batchSize = 500, client = getMeiliClient(), uid = liveIndexName() } = {}): Promise<DrainResult> {
  if (!client) return { skipped: true, processed: 0, failed: 0, error: 'MEILI_URL is not set' }
  return payload.db.drizzle.transaction(async (tx) => {
    const { rows: locked } = (await tx.execute(sql`SELECT pg_try_advisory_xact_lock(${DRAIN_LOCK}) AS locked`)) as unknown as { rows: { locked: boolean }[] }
    if (!locked[0]?.locked) return { skipped: true, processed: 0, failed: 0 }
    const { rows } = (await tx.execute(sql`
      SELECT id::text, source, document_id FROM search_outbox
      WHERE processed_at IS NULL AND available_at <= now()
      ORDER BY id LIMIT ${batchSize}`)) as unknown as { rows: Row[] }
    if (!rows.length) return { skipped: false, processed: 0, failed: 0 }
    const rowIds = sql.join(rows.map((r) => sql`${r.id}::bigint`), sql`, `)
    try {
      await syncRows(payload, client, uid, rows)
      await tx.execute(sql`UPDATE search_outbox SET processed_at = now(), last_error = NULL WHERE id IN (${rowIds})`)
      return { skipped: false, processed: rows.length, failed: 0 }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      await tx.execute(sql`
        -- Retried after 1, 2, 4 … seconds, then every five minutes; never given up.
        UPDATE search_outbox
        SET attempts = attempts + 1,
            last_error = ${message.slice(0, 1000)},
            available_at = now() + make_interval(secs => LEAST(300, power(2, GREATEST(0, attempts))))
        WHERE id IN (${rowIds})`)
      return { skipped: false, processed: 0, failed: rows.length, error: message }
    }
  })
}

/** Pending rows and the oldest one's age: the health endpoint and the drift check report them. */
export async function outboxBacklog(payload: Payload): Promise<{ pending: number; oldestSeconds: number | null; lastError: string | null }> {
  const { rows } = (await payload.db.drizzle.execute(sql`
    SELECT count(*)::int AS pending,
           EXTRACT(EPOCH FROM now() - min(created_at))::float AS oldest,
           (SELECT last_error FROM search_outbox WHERE processed_at IS NULL AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1) AS last_error
    FROM search_outbox WHERE processed_at IS NULL`)) as unknown as { rows: { pending: number; oldest: number | null; last_error: string | null }[] }
  const row = rows[0]
  return { pending: row?.pending ?? 0, oldestSeconds: row?.oldest === null || row?.oldest === undefined ? null : Math.round(row.oldest), lastError: row?.last_error ?? null }
}

/** Done rows are kept a day (a reindex replays the changes made while it ran), then removed. */
export async function purgeOutbox(payload: Payload, keepHours = 24): Promise<number> {
  const result = (await payload.db.drizzle.execute(
    sql`DELETE FROM search_outbox WHERE processed_at < now() - make_interval(hours => ${keepHours})`,
  )) as unknown as { rowCount?: number }
  return result.rowCount ?? 0
}
