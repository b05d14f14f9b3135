import type { Meilisearch, Task } from 'meilisearch'
import type { Payload } from 'payload'
import type { SearchDocument } from './documents'
import { indexSettings } from './indexSettings'
import { oneWordKeys, synonymsOf, type VocabularyEntry } from './synonyms'

/** How long an index operation may take before the caller treats Meilisearch as failing. */
const TASK_TIMEOUT_MS = 60_000

/** Throws when a Meilisearch task did not succeed, with Meilisearch's own reason. */
export function assertSucceeded(task: Task, what: string): Task {
  if (task.status !== 'succeeded') throw new Error(`Meilisearch ${what} ${task.status}: ${task.error?.message ?? 'no reason given'}`)
  return task
}

/** Whether the index exists (through either transport: fetch's error or our keep-alive client's). */
export async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  return client
    .getIndex(uid)
    .then(() => true)
    .catch((error: { cause?: { code?: string; cause?: { code?: string } } }) => {
      if (error.cause?.code === 'index_not_found' || error.cause?.cause?.code === 'index_not_found') return false
      throw error
    })
}

/** Creates the index when it is missing and applies the settings and synonyms of the code and the CMS. */
export async function prepareIndex(client: Meilisearch, uid: string, synonyms: Record<string, string[]>): Promise<void> {
  const exists = await indexExists(client, uid)
  if (!exists) assertSucceeded(await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS }), `creating index ${uid}`)
  assertSucceeded(await client.index(uid).updateSettings({ ...indexSettings, synonyms }).waitTask({ timeout: TASK_TIMEOUT_MS }), `settings of ${uid}`)
}

/** Adds or replaces entries and removes others, waiting until Meilisearch has applied both. */
export async function applyChanges(client: Meilisearch, uid: string, upserts: SearchDocument[], deletions: string[]): Promise<void> {
  const index = client.index<SearchDocument>(uid)
  // One after the other, so that a failure leaves no second request in flight.
  if (deletions.length) assertSucceeded(await index.deleteDocuments(deletions).waitTask({ timeout: TASK_TIMEOUT_MS }), `deletions in ${uid}`)
  if (upserts.length) assertSucceeded(await index.addDocuments(upserts, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS }), `update of ${uid}`)
}

export interface Vocabulary {
  /** Everything: what aliasMatcher gives documents at index time. */
  all: VocabularyEntry[]
  /** Meilisearch's synonyms: the one-word keys of all but the former place names (those only ever apply as aliases). */
  synonyms: Record<string, string[]>
  /** Every word and phrase with what it also searches for, for the PostgreSQL fallback (which has no aliases). */
  alternatives: Record<string, string[]>
}

/** The search vocabulary from the CMS. */
export async function loadVocabulary(payload: Payload): Promise<Vocabulary> {
  const { docs } = await payload.find({
    collection: 'searchVocabulary',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { words: true, expandsTo: true, source: true },
  })
  const entry = (d: (typeof docs)[number]): VocabularyEntry => ({ words: d.words ?? [], expandsTo: d.expandsTo?.length ? d.expandsTo : undefined })
  const alternatives = synonymsOf(docs.filter((d) => d.source !== 'formerPlaces').map(entry))
  return { all: docs.map(entry), synonyms: oneWordKeys(alternatives), alternatives }
}

/** The vocabulary from the CMS, as Meilisearch synonyms. */
export const loadSynonyms = async (payload: Payload) => (await loadVocabulary(payload)).synonyms
