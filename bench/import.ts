/**
 * bench/import: wall time and peak memory of a full import of the national data into an empty
 * database, on the embedded PostgreSQL (or DATABASE_URL's server). Prints its figures.
 */
import { startServices } from '../scripts/services'
import { createTestDatabase } from '../tests/helpers/createTestDatabase'
import { dropTestDatabases } from '../tests/helpers/dropTestDatabases'
import { formatReport } from '../lib/import/report'
import { importCatalog } from '../lib/import/importCatalog'
import { loadPayload } from '../lib/payload/loadPayload'
import { migrateDatabase } from '../lib/payload/migrateDatabase'
import { closePayload } from '../lib/payload/closePayload'

const services = await startServices({
  dataDir: process.env.BENCH_DATA_DIR ?? '.data/bench',
  pgPort: Number(process.env.BENCH_PG_PORT ?? 54359),
  meiliPort: Number(process.env.BENCH_MEILI_PORT ?? 7739),
  log: () => {},
})
try {
  process.env.DATABASE_URL = await createTestDatabase(services.databaseUrl, 'bench')
  process.env.PAYLOAD_SECRET ||= 'bench-secret'
  const payload = await loadPayload()
  await migrateDatabase(payload)
  const rssBefore = process.memoryUsage().rss
  const started = performance.now()
  const stages: string[] = []
  const report = await importCatalog(payload, {
    progress: {
      stage(label, total) {
        const begun = performance.now()
        return { tick: () => {}, end: () => stages.push(`${label} (${total}): ${((performance.now() - begun) / 1000).toFixed(1)} s`) }
      },
    },
  })
  const wallMs = performance.now() - started
  const again = performance.now()
  await importCatalog(payload)
  const reimportMs = performance.now() - again
  console.log(formatReport(report))
  console.log(`stages: ${stages.join('; ')}`)
  console.log('')
  console.log(`bench/import: full import into an empty database: ${(wallMs / 1000).toFixed(1)} s wall`)
  console.log(`bench/import: re-import of the same data (all unchanged): ${(reimportMs / 1000).toFixed(1)} s wall`)
  console.log(`bench/import: peak RSS of the importing Node process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (${(rssBefore / 1048576).toFixed(0)} MB before the import)`)
  await closePayload(payload)
} finally {
  await dropTestDatabases(services.databaseUrl)
  await services.stop()
}
