/**
 * The benchmark services (.data/bench-site) ready for search benchmarks without a web server:
 * migrated, the national catalogue and the vocabulary imported when missing, this version's index
 * settings applied (the index built when empty), rebuilt when asked.
 */
import type { Meilisearch } from 'meilisearch'
import type { Payload } from 'payload'
import { importCatalog } from '../../lib/import/importCatalog'
import { closePayload } from '../../lib/payload/closePayload'
import { loadPayload } from '../../lib/payload/loadPayload'
import { migrateDatabase } from '../../lib/payload/migrateDatabase'
import { getMeiliClient } from '../../lib/search/getMeiliClient'
import { prepareSearch } from '../../lib/search/prepareSearch'
import { reindexAll } from '../../lib/search/reindex'
import { importSearchVocabulary } from '../../lib/search/vocabulary/importSearchVocabulary'
import { applyPortalEnv } from '../../scripts/portal/portalEnv'
import { startServices } from '../../scripts/services'
import { applyBenchEnv } from './startPortal'

export interface SearchBenchServices {
  payload: Payload
  client: Meilisearch
  stop(): Promise<void>
}

export interface SearchBenchOptions {
  /** Rebuild the index (after changing settings or how entries are built). */
  reindex?: boolean
  /** Reload the starter vocabulary as this version ships it (editors' own entries stay). */
  refreshVocabulary?: boolean
}

const log = (line: string) => console.log(`[bench] ${line}`)

export async function startSearchBenchServices(options: SearchBenchOptions = {}): Promise<SearchBenchServices> {
  applyBenchEnv()
  const services = await startServices()
  try {
    await applyPortalEnv(services)
    const payload = await loadPayload()
    await migrateDatabase(payload)
    if ((await payload.count({ collection: 'procedures' })).totalDocs === 0) await importCatalog(payload)
    if (options.refreshVocabulary) {
      await payload.delete({ collection: 'searchVocabulary', where: { source: { in: ['starter', 'formerPlaces'] } }, overrideAccess: true })
      if ((await payload.count({ collection: 'searchVocabulary' })).totalDocs > 0) log("Editors' vocabulary entries kept; starter entries not re-added")
    }
    await importSearchVocabulary(payload)
    const client = getMeiliClient()!
    await prepareSearch(payload, client, log)
    if (options.reindex) {
      const result = await reindexAll(payload, client, { log })
      log(`Reindexed ${result.documents} entries in ${result.seconds.toFixed(1)} s`)
    }
    return {
      payload,
      client,
      stop: async () => {
        await closePayload(payload)
        await services.stop()
      },
    }
  } catch (error) {
    await services.stop()
    throw error
  }
}
