import { parseSetCookie } from 'cookie'
import { inject } from 'vitest'
import type { CitizenDeps } from '@/lib/citizen/http/deps'
import { discoverProvider, type OidcSettings } from '@/lib/citizen/identityProvider'
import type { Payload } from 'payload'

type Handler = (request: Request, deps: CitizenDeps) => Promise<Response>

/** The portal's side of the tests: its database and the real local identity provider started by the test set-up. */
export function citizenDeps(payload: Payload, overrides: Partial<OidcSettings> = {}): CitizenDeps {
  const idp = inject('identityProvider')
  const settings: OidcSettings = {
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    scope: 'openid profile email phone address vn_citizen',
    allowHttp: true,
    tokenAuthMethod: 'client_secret_basic',
    personalIdClaim: 'personal_id',
    ...overrides,
  }
  return { payload, settings, provider: () => discoverProvider(settings) }
}

/**
 * A browser for the sign-in tests: keeps cookies per host as a browser would (the portal on
 * localhost, the provider on 127.0.0.1), sends requests to the real provider over HTTP and to the
 * portal's route handlers in-process, and does not follow redirects by itself.
 */
export class TestBrowser {
  readonly jar = new Map<string, Map<string, string>>()
  readonly origin = inject('portalOrigin')
  readonly headers: Record<string, string>

  constructor(address = '198.51.100.7') {
    this.headers = { 'user-agent': 'TestBrowser/1.0', 'x-forwarded-for': address }
  }

  cookies(host: string) {
    if (!this.jar.has(host)) this.jar.set(host, new Map())
    return this.jar.get(host)!
  }

  private request(url: URL, init: RequestInit = {}) {
    const cookies = [...this.cookies(url.hostname)].map(([name, value]) => `${name}=${value}`).join('; ')
    const headers = new Headers({ ...this.headers, ...(init.headers as Record<string, string>) })
    if (cookies) headers.set('cookie', cookies)
    return new Request(url, { ...init, headers, redirect: 'manual' })
  }

  private keep(url: URL, response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const cookie = parseSetCookie(line)
      if (cookie.maxAge === 0 || cookie.value === '') this.cookies(url.hostname).delete(cookie.name)
      else this.cookies(url.hostname).set(cookie.name, cookie.value ?? '')
    }
    return response
  }

  /** A request to the identity provider (or anywhere on the network). */
  async fetch(address: string | URL, init: RequestInit = {}): Promise<Response> {
    const url = new URL(address)
    return this.keep(url, await fetch(this.request(url, init)))
  }

  /** A request to one of the portal's route handlers, at its address on the portal. */
  async portal(handler: Handler, deps: CitizenDeps, address: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(address, this.origin)
    return this.keep(url, await handler(this.request(url, init), deps))
  }

  /** A form post to the portal from its own pages. */
  postForm(handler: Handler, deps: CitizenDeps, path: string, fields: Record<string, string>, headers: Record<string, string> = { origin: this.origin }) {
    return this.portal(handler, deps, path, { method: 'POST', body: new URLSearchParams(fields), headers })
  }

  /**
   * Follows the provider's redirects from an authorization URL to its sign-in page, signs a test
   * citizen in there at a level, and returns the provider's redirect back to the portal (the callback URL).
   */
  async signInAtProvider(authorizationUrl: string, input: { citizen?: string; acr?: string } = {}): Promise<string> {
    let response = await this.fetch(authorizationUrl)
    let location = new URL(response.headers.get('location')!, authorizationUrl)
    if (location.origin === this.origin) return location.href
    const page = await this.fetch(location)
    if (page.status !== 200) throw new Error(`provider sign-in page: ${page.status} ${await page.text()}`)
    const uid = location.pathname.split('/').pop()!
    response = await this.fetch(new URL(`/interaction/${uid}/login`, location), {
      method: 'POST',
      body: new URLSearchParams({ citizen: input.citizen ?? 'test-citizen-001', acr: input.acr ?? 'loa1' }),
    })
    location = new URL(response.headers.get('location')!, location)
    // The provider resumes the authorization and redirects to the portal's callback.
    while (location.origin !== this.origin) {
      response = await this.fetch(location)
      location = new URL(response.headers.get('location')!, location)
    }
    return location.href
  }
}
