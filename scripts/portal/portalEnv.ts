import path from 'node:path'
import type { RunningServices } from '../services'
import { resolveServiceOptions } from '../services'
import { readOrCreateSecret } from '../services/secrets'

/**
 * Puts the connection details of the running services, and the Payload secret, into this
 * process's environment so that Payload and the Next.js children see them.
 */
export async function applyPortalEnv(services: RunningServices): Promise<NodeJS.ProcessEnv> {
  process.env.DATABASE_URL = services.databaseUrl
  process.env.MEILI_URL = services.meiliUrl
  process.env.MEILI_MASTER_KEY = services.meiliKey
  process.env.PAYLOAD_SECRET ||= await readOrCreateSecret(path.resolve(resolveServiceOptions().dataDir, 'payload-secret'))
  return process.env
}
