import type { Meilisearch } from 'meilisearch'
import type { Payload } from 'payload'
import { getMeiliClient } from './getMeiliClient'
import { liveIndexName } from './indexSettings'
import { searchMeilisearch } from './searchMeilisearch'
import { searchPostgres } from './searchPostgres'
import type { SearchQuery, SearchResponse } from './types'

/** Meilisearch answers in milliseconds; one that has not answered in this time counts as down. */
const MEILI_TIMEOUT_MS = 1_500

export interface SearchServices {
  /** The Payload Local API, for the PostgreSQL fallback (loaded only when needed). */
  payload: () => Promise<Payload>
  client?: Meilisearch | null
  uid?: string
  log?: (message: string) => void
}

/**
 * Answers a search: from Meilisearch, or, when it is unreachable or failing, from PostgreSQL
 * (engine "postgres", less precise: the page says so). took_ms is the time spent here.
 */
export async function searchPortal(query: SearchQuery, services: SearchServices): Promise<SearchResponse> {
  const started = performance.now()
  const client = services.client === undefined ? getMeiliClient() : services.client
  const took = () => Math.round((performance.now() - started) * 10) / 10
  if (client) {
    try {
      const result = await Promise.race([
        searchMeilisearch(client, query, services.uid ?? liveIndexName()),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${MEILI_TIMEOUT_MS} ms`)), MEILI_TIMEOUT_MS).unref()),
      ])
      return { ...result, took_ms: took() }
    } catch (error) {
      services.log?.(`Meilisearch failed, answering from PostgreSQL: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const result = await searchPostgres(await services.payload(), query)
  return { ...result, took_ms: took() }
}
