/** `npm run migrate`: applies pending database migrations (the start does this too). */
import { startServices } from './services'
import { migrateDatabase } from '../lib/payload/migrateDatabase'
import { applyPortalEnv } from './portal/portalEnv'

const services = await startServices()
try {
  await applyPortalEnv(services)
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../payload.config')])
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  await payload.destroy()
} finally {
  await services.stop()
}
