import { chmod, readFile, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { exportJWK, generateKeyPair, type JWK } from 'jose'
import Provider, { type Account, type Configuration, type KoaContextWithOIDC } from 'oidc-provider'
import { acrValues } from '@/lib/citizen/assurance'
import { readOrCreateSecret } from '../secrets'
import { interactionRoutes } from './interactions'
import { errorPage, logoutPage, signedOutPage } from './pages'
import { findTestCitizen, type TestCitizen } from './testCitizens'

/** The portal's registration at the local provider. */
export const localClientId = 'cong-dich-vu-cong-local'

export interface LocalIdentityProvider {
  issuer: string
  clientId: string
  clientSecret: string
  /** The provider's private signing keys (JWKS), for tests that forge tokens as a compromised provider would. */
  jwksFile: string
  stop(): Promise<void>
}

export interface LocalIdentityProviderOptions {
  dataDir: string
  port: number
  /** Where the portal runs (e.g. http://localhost:3000): its callback, return and logout addresses are registered for each. */
  portalOrigins: string[]
  log: (line: string) => void
}

/**
 * Starts an OpenID provider (oidc-provider, certified) on the loopback interface for development
 * and tests: Authorization Code with PKCE required, test citizens chosen on its own page, two
 * assurance levels in `acr`, RP-initiated and back-channel logout. Its keys, client secret and
 * cookie key are generated once in the data folder; sessions live in its memory.
 */
export async function startLocalIdentityProvider(options: LocalIdentityProviderOptions): Promise<LocalIdentityProvider> {
  const { dataDir, port, portalOrigins, log } = options
  const issuer = `http://127.0.0.1:${port}`
  const clientSecret = await readOrCreateSecret(path.resolve(dataDir, 'oidc-client-secret'))
  const cookieKey = await readOrCreateSecret(path.resolve(dataDir, 'oidc-cookie-key'))
  const jwksFile = path.resolve(dataDir, 'oidc-provider-jwks.json')
  const keys = await readOrCreateSigningKeys(jwksFile)

  const provider = new Provider(issuer, configuration({ clientSecret, cookieKey, keys, portalOrigins }))
  provider.on('server_error', (_ctx, error) => log(`identity provider error: ${error.message}`))
  provider.on('backchannel.error', (_client, error) => log(`back-channel logout to the portal failed: ${error.message}`))
  provider.use(interactionRoutes(provider, acrValues()))

  const server = http.createServer(provider.callback())
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} for the local identity provider is in use; set IDP_PORT to another.`) : error),
    )
    server.listen(port, '127.0.0.1', () => resolve())
  })
  log(`Local identity provider (test citizens) at ${issuer} on port ${(server.address() as AddressInfo).port}`)
  let stopping: Promise<void> | undefined
  return {
    issuer,
    clientId: localClientId,
    clientSecret,
    jwksFile,
    stop: () => (stopping ??= new Promise((resolve) => server.close(() => resolve()))),
  }
}

function configuration(input: { clientSecret: string; cookieKey: string; keys: JWK[]; portalOrigins: string[] }): Configuration {
  const origins = input.portalOrigins
  return {
    clients: [
      {
        client_id: localClientId,
        client_secret: input.clientSecret,
        client_name: 'Cổng Dịch vụ công quốc gia (máy phát triển)',
        redirect_uris: origins.map((origin) => `${origin}/api/auth/callback`),
        post_logout_redirect_uris: origins.flatMap((origin) => [`${origin}/da-dang-xuat`, `${origin}/en/signed-out`]),
        backchannel_logout_uri: `${origins[0]}/api/auth/backchannel-logout`,
        backchannel_logout_session_required: true,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    // The provider's own guard against server-side request forgery refuses loopback addresses; this test
    // provider's only outgoing call is the back-channel logout to the portal registered above, on this machine.
    fetch: (url, init) => fetch(url, { ...init, dispatcher: undefined } as RequestInit),
    jwks: { keys: input.keys },
    cookies: { keys: [input.cookieKey] },
    acrValues: acrValues(),
    scopes: ['openid', 'profile', 'email', 'phone', 'address', 'vn_citizen'],
    claims: {
      acr: null,
      sid: null,
      auth_time: null,
      openid: ['sub'],
      profile: ['name', 'birthdate', 'gender'],
      email: ['email', 'email_verified'],
      phone: ['phone_number', 'phone_number_verified'],
      address: ['address'],
      vn_citizen: ['personal_id'],
    },
    findAccount: (_ctx, sub) => {
      const citizen = findTestCitizen(sub)
      return citizen ? accountOf(citizen) : undefined
    },
    // The portal is the provider's own first-party client: no consent screen.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, provider, params } = ctx.oidc
      if (!client || !session?.accountId) return undefined
      const grantId = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId)
      const grant = (grantId && (await provider.Grant.find(grantId))) || new provider.Grant({ clientId: client.clientId, accountId: session.accountId })
      grant.addOIDCScope(String(params?.scope ?? 'openid'))
      await grant.save()
      return grant
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => void (ctx.body = logoutPage(form)),
        postLogoutSuccessSource: (ctx) => void (ctx.body = signedOutPage()),
      },
      backchannelLogout: { enabled: true },
    },
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: (ctx, out) => {
      ctx.type = 'html'
      ctx.body = errorPage(String(out.error), out.error_description ? String(out.error_description) : undefined)
    },
  }
}

function accountOf(citizen: TestCitizen): Account {
  return {
    accountId: citizen.sub,
    claims: () => ({
      sub: citizen.sub,
      name: citizen.fullName,
      birthdate: citizen.birthdate,
      gender: citizen.gender,
      email: citizen.email,
      email_verified: true,
      phone_number: `+84${citizen.phone.slice(1)}`,
      phone_number_verified: true,
      address: { formatted: citizen.address, country: 'VN' },
      personal_id: citizen.personalId,
    }),
  }
}

/** The provider's RS256 signing key, generated once (mode 0600) so that its tokens outlive a restart. */
async function readOrCreateSigningKeys(file: string): Promise<JWK[]> {
  try {
    return (JSON.parse(await readFile(file, 'utf8')) as { keys: JWK[] }).keys
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const { privateKey } = await generateKeyPair('RS256', { extractable: true })
  const key = { ...(await exportJWK(privateKey)), kid: `local-${Date.now().toString(36)}`, alg: 'RS256', use: 'sig' }
  await writeFile(file, JSON.stringify({ keys: [key] }), { flag: 'wx', mode: 0o600 }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  await chmod(file, 0o600)
  return (JSON.parse(await readFile(file, 'utf8')) as { keys: JWK[] }).keys
}
