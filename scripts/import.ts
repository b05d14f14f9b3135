/**
 * `npm run import`: imports (or re-imports) the national procedures data. Idempotent: unchanged
 * records are left alone. Prints the report and saves it as JSON under DATA_DIR/reports.
 * Stop `npm start` first when it uses the same data folder (the runner lock refuses otherwise).
 */
import { startServices } from './services'
import { importCatalog } from '../lib/import/importCatalog'
import { formatReport } from '../lib/import/report'
import { loadPayload } from '../lib/payload/loadPayload'
import { migrateDatabase } from '../lib/payload/migrateDatabase'
import { applyPortalEnv } from './portal/portalEnv'
import { saveImportReport } from './portal/saveImportReport'
import { terminalProgress } from './portal/progressBar'
import { closePayload } from '../lib/payload/closePayload'

const services = await startServices()
try {
  await applyPortalEnv(services)
  const payload = await loadPayload()
  await migrateDatabase(payload)
  const report = await importCatalog(payload, { progress: terminalProgress() })
  console.log(formatReport(report))
  console.log(`[import] report saved to ${await saveImportReport(report)}`)
  await closePayload(payload)
} finally {
  await services.stop()
}
