import path from 'node:path'
import { ensureFolder } from './folders'
import { acquireRunnerLock, type RunnerLock } from './lock'
import { startEmbeddedMeilisearch } from './meilisearch'
import { resolveServiceOptions, type ServiceOptions } from './options'
import { startEmbeddedPostgres, type EmbeddedService } from './postgres'
import { readOrCreateSecret } from './secrets'
import { startLocalIdentityProvider } from './identityProvider'
import { startLocalMailCatcher } from './mailCatcher'

/** The OpenID provider citizens sign in with, and the portal's registration there. */
export interface IdentityProviderSettings {
  issuer: string
  clientId: string
  clientSecret: string
  /** The local test provider, reached over plain HTTP on the loopback interface. */
  local: boolean
  /** The local provider's private keys (tests only). */
  jwksFile?: string
}

/** Where the portal sends e-mail. */
export interface MailSettings {
  smtpUrl: string
  /** The local mail catcher's page and API (when it runs instead of a real SMTP server). */
  catcherUrl?: string
}

/** Connection details of the services the app uses, and a way to stop what was started. */
export interface RunningServices {
  databaseUrl: string
  meiliUrl: string
  /** Meilisearch master key: generated once and kept in the data folder when embedded. */
  meiliKey: string
  /** The identity provider: the local one unless OIDC_ISSUER names another. */
  identityProvider: IdentityProviderSettings
  /** The SMTP server: the local mail catcher unless SMTP_URL names another. */
  mail: MailSettings
  /** Which services this process started itself (false: taken from the environment). */
  embedded: { postgres: boolean; meilisearch: boolean; identityProvider: boolean; mailCatcher: boolean }
  /** Stops only what this process started; safe to call more than once. */
  stop(): Promise<void>
}

/**
 * Starts embedded PostgreSQL and Meilisearch under the data folder, unless DATABASE_URL or
 * MEILI_URL point at servers running elsewhere, the local identity provider unless
 * OIDC_ISSUER names a real one, and the local mail catcher unless SMTP_URL names an SMTP server.
 */
export async function startServices(overrides: Partial<ServiceOptions> = {}): Promise<RunningServices> {
  const options = resolveServiceOptions(overrides)
  const { dataDir, log } = options
  const externalDatabaseUrl = process.env.DATABASE_URL || undefined
  const externalMeiliUrl = process.env.MEILI_URL || undefined
  const externalIssuer = process.env.OIDC_ISSUER || undefined
  const externalSmtpUrl = process.env.SMTP_URL || undefined
  if (externalDatabaseUrl) log('Using the PostgreSQL server from DATABASE_URL')
  if (externalMeiliUrl) log(`Using the Meilisearch server at ${externalMeiliUrl} (MEILI_URL)`)

  let lock: RunnerLock | undefined
  if (externalIssuer) log(`Citizens sign in at ${externalIssuer} (OIDC_ISSUER)`)
  if (externalSmtpUrl) log('Sending e-mail through the SMTP server from SMTP_URL')
  if (!externalDatabaseUrl || !externalMeiliUrl || !externalIssuer || !externalSmtpUrl) {
    await ensureFolder(dataDir)
    lock = await acquireRunnerLock(dataDir, log)
  }
  const started: EmbeddedService[] = []
  const stopStarted = async (): Promise<void> => {
    // Reverse order of start; a failure must not keep the others running or the lock held.
    const failures: unknown[] = []
    for (const service of started.splice(0).reverse()) await service.stop().catch((error) => failures.push(error))
    lock?.release()
    if (failures.length > 0) throw failures[0]
  }

  try {
    const meiliKey = externalMeiliUrl
      ? (process.env.MEILI_MASTER_KEY ?? process.env.MEILI_API_KEY ?? '')
      : await readOrCreateSecret(path.resolve(dataDir, 'meilisearch-master-key'))
    const [postgres, meilisearch] = await settleAll(
      externalDatabaseUrl ? undefined : startEmbeddedPostgres({ dataDir, port: options.pgPort, database: options.database, log }),
      externalMeiliUrl ? undefined : startEmbeddedMeilisearch({ dataDir, port: options.meiliPort, masterKey: meiliKey, log }),
      started,
    )
    const localProvider = externalIssuer
      ? undefined
      : await startLocalIdentityProvider({ dataDir, port: options.idpPort, portalOrigins: options.portalOrigins, log })
    if (localProvider) started.push({ url: localProvider.issuer, stop: localProvider.stop })
    const identityProvider: IdentityProviderSettings = localProvider
      ? { issuer: localProvider.issuer, clientId: localProvider.clientId, clientSecret: localProvider.clientSecret, local: true, jwksFile: localProvider.jwksFile }
      : { issuer: externalIssuer!, clientId: process.env.OIDC_CLIENT_ID ?? '', clientSecret: process.env.OIDC_CLIENT_SECRET ?? '', local: false }
    const catcher = externalSmtpUrl
      ? undefined
      : await startLocalMailCatcher({ dataDir, smtpPort: options.smtpPort, uiPort: options.mailUiPort, log })
    if (catcher) started.push({ url: catcher.url, stop: catcher.stop })
    let stopping: Promise<void> | undefined
    return {
      databaseUrl: postgres?.url ?? externalDatabaseUrl ?? '',
      meiliUrl: meilisearch?.url ?? externalMeiliUrl ?? '',
      meiliKey,
      identityProvider,
      mail: catcher ? { smtpUrl: catcher.smtpUrl, catcherUrl: catcher.url } : { smtpUrl: externalSmtpUrl! },
      embedded: {
        postgres: postgres !== undefined,
        meilisearch: meilisearch !== undefined,
        identityProvider: localProvider !== undefined,
        mailCatcher: catcher !== undefined,
      },
      stop: () => (stopping ??= stopStarted()),
    }
  } catch (error) {
    await stopStarted().catch(() => undefined)
    throw error
  }
}

/**
 * Starts both services side by side. Whatever started is recorded in `started` (PostgreSQL
 * first) so that a failure of the other can stop it; the first failure is rethrown.
 */
async function settleAll(
  postgres: Promise<EmbeddedService> | undefined,
  meilisearch: Promise<EmbeddedService> | undefined,
  started: EmbeddedService[],
): Promise<[EmbeddedService | undefined, EmbeddedService | undefined]> {
  const results = await Promise.allSettled([postgres, meilisearch])
  for (const result of results) if (result.status === 'fulfilled' && result.value) started.push(result.value)
  const failure = results.find((result) => result.status === 'rejected')
  if (failure) throw failure.reason
  return [await postgres, await meilisearch]
}

/** The environment that points the portal and commands at the running services. */
export function servicesEnv(services: RunningServices): Record<string, string> {
  const { identityProvider: idp } = services
  return {
    DATABASE_URL: services.databaseUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliKey,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    ...(idp.local ? { OIDC_ALLOW_HTTP: 'true' } : {}),
    SMTP_URL: services.mail.smtpUrl,
    ...(services.mail.catcherUrl ? { MAIL_CATCHER_URL: services.mail.catcherUrl } : {}),
  }
}
