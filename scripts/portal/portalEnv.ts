import path from 'node:path'
import type { RunningServices } from '../services'
import { resolveServiceOptions, servicesEnv } from '../services'
import { readOrCreateSecret } from '../services/secrets'

/**
 * Puts the connection details of the running services (database, search, identity provider) and the Payload secret, into this
 * process's environment so that Payload and the Next.js children see them.
 */
export async function applyPortalEnv(services: RunningServices): Promise<NodeJS.ProcessEnv> {
  Object.assign(process.env, servicesEnv(services))
  process.env.PAYLOAD_SECRET ||= await readOrCreateSecret(path.resolve(resolveServiceOptions().dataDir, 'payload-secret'))
  return process.env
}
