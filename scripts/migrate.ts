/** `npm run migrate`: applies pending database migrations (the start does this too). */
import { startServices } from './services'
import { loadPayload } from '../lib/payload/loadPayload'
import { migrateDatabase } from '../lib/payload/migrateDatabase'
import { applyPortalEnv } from './portal/portalEnv'
import { closePayload } from '../lib/payload/closePayload'

const services = await startServices()
try {
  await applyPortalEnv(services)
  const payload = await loadPayload()
  await migrateDatabase(payload)
  await closePayload(payload)
} finally {
  await services.stop()
}
