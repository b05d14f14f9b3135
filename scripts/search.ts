/**
 * `npm run search -- <command>`: the search index from the command line (stop `npm start` first
 * when it uses the same data folder, or point DATABASE_URL / MEILI_URL at the running services).
 *   reindex        build a fresh index from the database and swap it in (no downtime); fills an
 *                  empty vocabulary with the starter entries first
 *   check          report drift between the database and the index; exit code 1 when there is any
 *   drain          apply the pending outbox rows now and print the backlog
 *   query <words>  print what the search answers (add --locale en, --type faq …)
 */
import { parseArgs } from 'node:util'
import { closePayload } from '../lib/payload/closePayload'
import { loadPayload } from '../lib/payload/loadPayload'
import { migrateDatabase } from '../lib/payload/migrateDatabase'
import { getMeiliClient } from '../lib/search/getMeiliClient'
import { parseSearchParams } from '../lib/search/parseSearchParams'
import { checkDrift, reindexAll } from '../lib/search/reindex'
import { searchPortal } from '../lib/search/searchPortal'
import { drainOutbox, outboxBacklog } from '../lib/search/syncWorker'
import { importSearchVocabulary } from '../lib/search/vocabulary/importSearchVocabulary'
import { applyPortalEnv } from './portal/portalEnv'
import { startServices } from './services'

const { positionals, values } = parseArgs({ allowPositionals: true, options: { locale: { type: 'string' }, type: { type: 'string' }, limit: { type: 'string' } } })
const [command, ...words] = positionals

const services = await startServices()
let exitCode = 0
try {
  await applyPortalEnv(services)
  const payload = await loadPayload()
  await migrateDatabase(payload)
  const client = getMeiliClient()
  if (!client) throw new Error('MEILI_URL is not set')
  if (command === 'reindex') {
    const seeded = await importSearchVocabulary(payload)
    if (seeded) console.log(`[search] vocabulary was empty: ${seeded} starter entries added`)
    const result = await reindexAll(payload, client, { log: (line) => console.log(`[search] ${line}`) })
    console.log(`[search] ${result.documents} entries indexed in ${result.seconds.toFixed(1)} s and swapped in; ${result.replayed} change(s) replayed`)
  } else if (command === 'check') {
    const drift = await checkDrift(payload, client)
    console.log(`[search] database: ${drift.expected} entries; index: ${drift.indexed}`)
    for (const kind of ['missing', 'extra', 'stale'] as const) {
      console.log(`[search] ${kind}: ${drift[kind].length}${drift[kind].length ? ` (${drift[kind].slice(0, 10).join(', ')}${drift[kind].length > 10 ? ' …' : ''})` : ''}`)
    }
    const backlog = await outboxBacklog(payload)
    console.log(`[search] outbox: ${backlog.pending} pending${backlog.lastError ? `; last error: ${backlog.lastError}` : ''}`)
    if (drift.missing.length + drift.extra.length + drift.stale.length) exitCode = 1
  } else if (command === 'drain') {
    for (;;) {
      const result = await drainOutbox(payload)
      console.log(`[search] ${JSON.stringify(result)}`)
      if (result.skipped || result.failed || !result.processed) break
    }
    console.log(`[search] outbox: ${JSON.stringify(await outboxBacklog(payload))}`)
  } else if (command === 'query') {
    const params = new URLSearchParams({ q: words.join(' ') })
    for (const key of ['locale', 'type', 'limit'] as const) if (values[key]) params.set(key, values[key])
    const parsed = parseSearchParams(params)
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.param} ${i.message}`).join('; '))
    const result = await searchPortal(parsed.query, { payload: async () => payload, client })
    console.log(`[search] ${result.total} hits in ${result.took_ms} ms (${result.engine})${result.suggestion ? `; did you mean "${result.suggestion}"?` : ''}`)
    for (const hit of result.hits) console.log(`  ${hit.type.padEnd(9)} ${(hit.code ?? '').padEnd(12)} ${hit.plainTitle}`)
    console.log(`  facets: ${JSON.stringify(result.facets.type)}`)
  } else {
    console.error('Usage: npm run search -- reindex | check | drain | query <words>')
    exitCode = 2
  }
  await closePayload(payload)
} catch (error) {
  console.error('[search] failed:', error)
  exitCode = 1
} finally {
  await services.stop()
}
process.exit(exitCode)
