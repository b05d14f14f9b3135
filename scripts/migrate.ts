/** `npm run migrate`: applies pending database migrations (the start does this too). */
import { startServices } from './services'
import { migrateDatabase } from '../lib/payload/migrateDatabase'
import { applyPortalEnv } from './portal/portalEnv'
import { closePayload } from '../lib/payload/closePayload'

const services = await startServices()
try {
  await applyPortalEnv(services)
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../payload.config')])
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  await closePayload(payload)
} finally {
  await services.stop()
}
