import * as oidc from 'openid-client'

/** How the portal reaches the citizens' identity provider (OIDC_* variables; README "Citizen sign-in"). */
export interface OidcSettings {
  issuer: string
  clientId: string
  clientSecret: string
  /** Scopes asked for at sign-in. */
  scope: string
  /** Plain HTTP: only for the local test provider on this machine. */
  allowHttp: boolean
  tokenAuthMethod: 'client_secret_basic' | 'client_secret_post'
  /** The claim that carries the personal identification number. */
  personalIdClaim: string
}

const loopback = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Reads and checks the settings; a missing or unsafe one is a clear error. */
export function oidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings {
  const issuer = env.OIDC_ISSUER
  if (!issuer || !env.OIDC_CLIENT_ID) {
    throw new Error('Citizen sign-in is not configured: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (npm start sets them for the local test provider).')
  }
  const allowHttp = env.OIDC_ALLOW_HTTP === 'true'
  if (allowHttp && !loopback.has(new URL(issuer).hostname)) {
    throw new Error('OIDC_ALLOW_HTTP is only for a test provider on this machine; a real identity provider must be reached over HTTPS.')
  }
  const tokenAuthMethod = env.OIDC_TOKEN_AUTH_METHOD === 'client_secret_post' ? 'client_secret_post' : 'client_secret_basic'
  return {
    issuer,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET ?? '',
    scope: env.OIDC_SCOPES ?? 'openid profile email phone address vn_citizen',
    allowHttp,
    tokenAuthMethod,
    personalIdClaim: env.OIDC_PERSONAL_ID_CLAIM ?? 'personal_id',
  }
}

const discovered = new Map<string, Promise<oidc.Configuration>>()

/**
 * The provider's metadata and the portal's client, discovered once per process (each instance
 * discovers on its own; nothing is shared). A failed discovery is tried again on the next request.
 */
export function discoverProvider(settings: OidcSettings = oidcSettings()): Promise<oidc.Configuration> {
  const key = `${settings.issuer} ${settings.clientId}`
  let configuration = discovered.get(key)
  if (!configuration) {
    const auth = settings.tokenAuthMethod === 'client_secret_post' ? oidc.ClientSecretPost(settings.clientSecret) : oidc.ClientSecretBasic(settings.clientSecret)
    configuration = oidc.discovery(new URL(settings.issuer), settings.clientId, undefined, auth, {
      execute: settings.allowHttp ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    })
    configuration.catch(() => discovered.delete(key))
    discovered.set(key, configuration)
  }
  return configuration
}
