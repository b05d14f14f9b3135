/** Where and how the embedded services run. */
export interface ServiceOptions {
  /** Folder holding the PostgreSQL cluster, the Meilisearch database, secrets and the lock. */
  dataDir: string
  pgPort: number
  meiliPort: number
  database: string
  /** Port of the local identity provider (started unless OIDC_ISSUER names a real one). */
  idpPort: number
  /** Ports of the local mail catcher, SMTP and its web page (started unless SMTP_URL names a real server). */
  smtpPort: number
  mailUiPort: number
  /** Origins of the portal that the local identity provider accepts as its client's addresses. */
  portalOrigins: string[]
  /** Receives progress lines. */
  log: (line: string) => void
}

/** Fills in service options from overrides, then the environment, then defaults. */
export function resolveServiceOptions(overrides: Partial<ServiceOptions> = {}): ServiceOptions {
  const env = process.env
  return {
    dataDir: overrides.dataDir ?? env.DATA_DIR ?? '.data',
    pgPort: checkPort(overrides.pgPort ?? env.PG_PORT ?? 54329, 'PG_PORT'),
    meiliPort: checkPort(overrides.meiliPort ?? env.MEILI_PORT ?? 7709, 'MEILI_PORT'),
    database: overrides.database ?? env.PG_DATABASE ?? 'portal',
    idpPort: checkPort(overrides.idpPort ?? env.IDP_PORT ?? 7711, 'IDP_PORT'),
    smtpPort: checkPort(overrides.smtpPort ?? env.SMTP_PORT ?? 1025, 'SMTP_PORT'),
    mailUiPort: checkPort(overrides.mailUiPort ?? env.MAIL_UI_PORT ?? 1080, 'MAIL_UI_PORT'),
    portalOrigins: overrides.portalOrigins ?? portalOrigins(env),
    log: overrides.log ?? ((line) => console.log(`[services] ${line}`)),
  }
}

function checkPort(value: number | string, variable: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${variable} must be a port number between 1 and 65535, got "${value}".`)
  }
  return port
}

/** The portal's own addresses: PUBLIC_URL, and http://localhost (or 127.0.0.1) on PORT and EXTRA_PORTS. */
function portalOrigins(env: NodeJS.ProcessEnv): string[] {
  const ports = [env.PORT ?? '3000', ...(env.EXTRA_PORTS ?? '').split(',')].map((port) => port.trim()).filter(Boolean)
  const origins = ports.flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`])
  if (env.PUBLIC_URL) origins.unshift(env.PUBLIC_URL.replace(/\/$/, ''))
  return [...new Set(origins)]
}
