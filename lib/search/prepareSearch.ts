import type { Meilisearch } from 'meilisearch'
import type { Payload } from 'payload'
import { liveIndexName } from './indexSettings'
import { loadSynonyms, prepareIndex } from './meiliIndex'
import { reindexAll } from './reindex'

/**
 * At start: applies the index settings of this version of the code and the CMS vocabulary, and
 * builds the index when it is empty (a new portal, or a new Meilisearch). From then on the outbox
 * keeps it in line. Runs before the server starts, with nothing else writing.
 */
export async function prepareSearch(payload: Payload, client: Meilisearch, log: (line: string) => void): Promise<void> {
  const uid = liveIndexName()
  await prepareIndex(client, uid, await loadSynonyms(payload))
  const { numberOfDocuments } = await client.index(uid).getStats()
  if (numberOfDocuments > 0) {
    log(`Search index "${uid}": ${numberOfDocuments} entries, settings applied`)
    return
  }
  const result = await reindexAll(payload, client, { uid, quiet: true })
  log(`Search index "${uid}" built: ${result.documents} entries in ${result.seconds.toFixed(1)} s`)
}
