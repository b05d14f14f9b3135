/**
 * `npm run payload -- <args>`: the Payload CLI (migrate:create, migrate:status …) with the
 * embedded services running and the portal's environment set.
 */
import { startServices } from './services'
import { runCommand } from './services/runCommand'
import { applyPortalEnv } from './portal/portalEnv'

const services = await startServices()
await applyPortalEnv(services)
const code = await runCommand(['node_modules/.bin/payload', ...process.argv.slice(2)], services)
await services.stop()
process.exit(code)
