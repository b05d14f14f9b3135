import type { TestProject } from 'vitest/node'
import { startServices } from '../../scripts/services'
import { dropTestDatabases } from '../helpers/dropTestDatabases'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    meiliUrl: string
    meiliKey: string
  }
}

/**
 * Starts real PostgreSQL and Meilisearch for the integration tests, in their own data folder
 * and ports so that a running `npm start` is not disturbed (or uses DATABASE_URL / MEILI_URL).
 */
export default async function setup(project: TestProject) {
  const services = await startServices({
    dataDir: process.env.TEST_DATA_DIR ?? '.data/test',
    pgPort: Number(process.env.TEST_PG_PORT ?? 54339),
    meiliPort: Number(process.env.TEST_MEILI_PORT ?? 7749),
    log: (line) => console.log(`[test services] ${line}`),
  })
  // Databases left by an interrupted earlier run.
  await dropTestDatabases(services.databaseUrl)
  project.provide('databaseUrl', services.databaseUrl)
  project.provide('meiliUrl', services.meiliUrl)
  project.provide('meiliKey', services.meiliKey)
  return async () => {
    await dropTestDatabases(services.databaseUrl)
    await services.stop()
  }
}
