import { Meilisearch } from 'meilisearch'

let client: Meilisearch | undefined

/** The Meilisearch client for MEILI_URL, or null when search is not configured. */
export function getMeiliClient(): Meilisearch | null {
  const host = process.env.MEILI_URL
  if (!host) return null
  client ??= new Meilisearch({ host, apiKey: process.env.MEILI_MASTER_KEY || process.env.MEILI_API_KEY })
  return client
}
