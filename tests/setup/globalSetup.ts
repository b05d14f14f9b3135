import type { TestProject } from 'vitest/node'
import { type IdentityProviderSettings, startServices } from '../../scripts/services'
import { dropTestDatabases } from '../helpers/dropTestDatabases'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    meiliUrl: string
    meiliKey: string
    identityProvider: IdentityProviderSettings
    /** The portal origin the local identity provider has registered for the tests. */
    portalOrigin: string
    /** Where the tests send e-mail: the local mail catcher (or SMTP_URL). */
    smtpUrl: string
    /** The mail catcher's page and API; empty when SMTP_URL names a real server. */
    mailCatcherUrl: string
  }
}

/**
 * Starts real PostgreSQL, Meilisearch, the local identity provider and the mail catcher for the
 * integration tests, in their own data folder and ports so that a running `npm start` is not
 * disturbed (or uses DATABASE_URL / MEILI_URL / SMTP_URL).
 */
export default async function setup(project: TestProject) {
  const portalOrigin = `http://localhost:${process.env.TEST_PORTAL_PORT ?? 3990}`
  const services = await startServices({
    dataDir: process.env.TEST_DATA_DIR ?? '.data/test',
    pgPort: Number(process.env.TEST_PG_PORT ?? 54339),
    meiliPort: Number(process.env.TEST_MEILI_PORT ?? 7749),
    idpPort: Number(process.env.TEST_IDP_PORT ?? 7769),
    smtpPort: Number(process.env.TEST_SMTP_PORT ?? 2539),
    mailUiPort: Number(process.env.TEST_MAIL_UI_PORT ?? 2589),
    portalOrigins: [portalOrigin],
    log: (line) => console.log(`[test services] ${line}`),
  })
  // Databases left by an interrupted earlier run.
  await dropTestDatabases(services.databaseUrl)
  project.provide('databaseUrl', services.databaseUrl)
  project.provide('meiliUrl', services.meiliUrl)
  project.provide('meiliKey', services.meiliKey)
  project.provide('identityProvider', services.identityProvider)
  project.provide('portalOrigin', portalOrigin)
  project.provide('smtpUrl', services.mail.smtpUrl)
  project.provide('mailCatcherUrl', services.mail.catcherUrl ?? '')
  return async () => {
    await dropTestDatabases(services.databaseUrl)
    await services.stop()
  }
}
