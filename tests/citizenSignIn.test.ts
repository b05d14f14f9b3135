/**
 * Citizen sign-in through OpenID Connect against the real local identity provider: the normal
 * flow, and each attack the portal must refuse without opening a session (tampered, replayed or
 * foreign state, a reused code, an answer or ID token from the wrong issuer or for the wrong
 * audience, expired and forged cookies), step-up to a higher assurance level, and the rate limit.
 */
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { sql } from '@payloadcms/db-postgres'
import { decodeJwt, importJWK, type JWK, SignJWT } from 'jose'
import * as oidc from 'openid-client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { sessionCookie, signInCookie } from '@/lib/citizen/cookies'
import type { CitizenDeps } from '@/lib/citizen/http/deps'
import { downloadData } from '@/lib/citizen/http/downloadData'
import { finishSignIn } from '@/lib/citizen/http/finishSignIn'
import { startSignIn } from '@/lib/citizen/http/startSignIn'
import { closePayload } from '@/lib/payload/closePayload'
import { citizenDeps, TestBrowser } from './helpers/citizenBrowser'

let payload: Payload
let deps: CitizenDeps

const rows = async <T>(query: ReturnType<typeof sql>) => ((await payload.db.drizzle.execute(query)) as unknown as { rows: T[] }).rows
const sessionCount = async () => (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM citizen_sessions`))[0]!.n
const lastRefusal = async () => (await rows<{ reason: string }>(sql`SELECT reason FROM citizen_auth_events WHERE event = 'sign_in_refused' ORDER BY id DESC LIMIT 1`))[0]?.reason

/** Starts a sign-in in the browser and returns the provider's authorization URL. */
async function start(browser: TestBrowser, query = 'returnTo=/tai-khoan', use = deps) {
  const response = await browser.portal(startSignIn, use, `/api/auth/sign-in?${query}`)
  expect(response.status).toBe(303)
  return response.headers.get('location')!
}

/** A whole sign-in; returns the callback's response. */
async function signIn(browser: TestBrowser, input: { citizen?: string; acr?: string; query?: string } = {}) {
  const callback = await browser.signInAtProvider(await start(browser, input.query), input)
  return browser.portal(finishSignIn, deps, callback)
}

/** Expects a refused callback: back to the sign-in page with the reason, logged, and no session opened. */
async function expectRefused(response: Response, reason: string, sessionsBefore: number) {
  expect(response.status).toBe(303)
  expect(new URL(response.headers.get('location')!, 'http://x').searchParams.get('loi')).toBe(reason)
  expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${sessionCookie}=`))).toBe(false)
  expect(await lastRefusal()).toBe(reason)
  expect(await sessionCount()).toBe(sessionsBefore)
}

beforeAll(async () => {
  const { getTestPayload } = await import('./helpers/getTestPayload')
  payload = await getTestPayload()
  deps = citizenDeps(payload)
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('signing in as a test citizen', () => {
  it('opens a session in a secure cookie and records the identity the provider asserted', async () => {
    const browser = new TestBrowser()
    const authorization = new URL(await start(browser))
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({ response_type: 'code', code_challenge_method: 'S256', client_id: inject('identityProvider').clientId })
    expect(authorization.searchParams.get('state')).toBeTruthy()
    expect(authorization.searchParams.get('nonce')).toBeTruthy()

    const response = await browser.portal(finishSignIn, deps, await browser.signInAtProvider(authorization.href, { citizen: 'test-citizen-002' }))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/tai-khoan')
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${sessionCookie}=`))!
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/Secure/i)
    expect(cookie).toMatch(/SameSite=Lax/i)

    const [citizen] = await rows<Record<string, unknown>>(sql`SELECT * FROM citizens WHERE subject = 'test-citizen-002'`)
    expect(citizen).toMatchObject({
      personal_id: '079192004567',
      full_name: 'Trần Thị Bích Ngọc',
      birth_date: '1992-11-02',
      gender: 'female',
      phone: '0987654321',
      email: 'tran.thi.bich.ngoc@example.vn',
      permanent_address: '45 đường Lê Lợi, phường Sài Gòn, Thành phố Hồ Chí Minh',
      contact_email: 'tran.thi.bich.ngoc@example.vn',
    })
    const [session] = await rows<{ level: number; acr: string; provider_sid: string | null; token_hash: string }>(
      sql`SELECT level, acr, provider_sid, token_hash FROM citizen_sessions WHERE citizen_id = ${citizen!.id as number}`,
    )
    expect(session).toMatchObject({ level: 1, acr: 'loa1' })
    expect(session!.provider_sid).toBeTruthy()
    // The database holds the token's hash, never the token.
    expect(session!.token_hash).not.toBe(browser.cookies('localhost').get(sessionCookie))
  })

  it('gives a new session token at each sign-in and ends the one the browser had', async () => {
    const browser = new TestBrowser()
    await signIn(browser)
    const first = browser.cookies('localhost').get(sessionCookie)!
    const before = await sessionCount()
    // Signed in already: signing in again (here at a higher level) replaces the session.
    await signIn(browser, { query: 'level=2', acr: 'loa2' })
    const second = browser.cookies('localhost').get(sessionCookie)!
    expect(second).not.toBe(first)
    expect(await sessionCount()).toBe(before)
    const stale = new TestBrowser()
    stale.cookies('localhost').set(sessionCookie, first)
    expect((await stale.portal(downloadData, deps, '/api/account/data')).status).toBe(401)
  })

  it('asks for a higher level with a fresh authentication and records the level given', async () => {
    const browser = new TestBrowser()
    await signIn(browser, { acr: 'loa1' })
    const authorization = new URL(await start(browser, 'returnTo=/nop-ho-so/1.001193&level=2'))
    expect(authorization.searchParams.get('acr_values')).toBe('loa2')
    expect(authorization.searchParams.get('prompt')).toBe('login')
    const response = await browser.portal(finishSignIn, deps, await browser.signInAtProvider(authorization.href, { acr: 'loa2' }))
    expect(response.headers.get('location')).toBe('/nop-ho-so/1.001193')
    const token = browser.cookies('localhost').get(sessionCookie)!
    const { hashToken } = await import('@/lib/citizen/sessions')
    expect((await rows<{ level: number }>(sql`SELECT level FROM citizen_sessions WHERE token_hash = ${hashToken(token)}`))[0]!.level).toBe(2)
    // Already at that level: straight back, without the provider.
    const again = await browser.portal(startSignIn, deps, '/api/auth/sign-in?returnTo=/nop-ho-so/1.001193&level=2')
    expect(again.headers.get('location')).toBe('/nop-ho-so/1.001193')
  })

  it('never sends the citizen back to another site after signing in', async () => {
    const browser = new TestBrowser()
    const response = await signIn(browser, { query: `returnTo=${encodeURIComponent('https://evil.example/')}` })
    expect(response.headers.get('location')).toBe('/tai-khoan')
  })
})

describe('attacks on the callback', () => {
  it('refuses a tampered state', async () => {
    const browser = new TestBrowser()
    const callback = new URL(await browser.signInAtProvider(await start(browser)))
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`)
    await expectRefused(await browser.portal(finishSignIn, deps, callback.href), 'state_unknown', await sessionCount())
  })

  it('refuses a replayed state', async () => {
    const browser = new TestBrowser()
    const callback = await browser.signInAtProvider(await start(browser))
    expect((await browser.portal(finishSignIn, deps, callback)).headers.get('location')).toBe('/tai-khoan')
    await expectRefused(await browser.portal(finishSignIn, deps, callback), 'state_replayed', await sessionCount())
  })

  it('refuses an answer brought by another browser than the one that started the sign-in', async () => {
    const victim = new TestBrowser()
    const callback = await victim.signInAtProvider(await start(victim))
    const attacker = new TestBrowser('203.0.113.9')
    await expectRefused(await attacker.portal(finishSignIn, deps, callback), 'state_other_browser', await sessionCount())
  })

  it('refuses an authorization code used before', async () => {
    const first = new TestBrowser()
    const used = new URL(await first.signInAtProvider(await start(first)))
    await first.portal(finishSignIn, deps, used.href)
    // Another sign-in, answered with the code the first one already exchanged.
    const second = new TestBrowser()
    const fresh = new URL(await second.signInAtProvider(await start(second)))
    fresh.searchParams.set('code', used.searchParams.get('code')!)
    await expectRefused(await second.portal(finishSignIn, deps, fresh.href), 'code_rejected', await sessionCount())
  })

  it('refuses an answer that names another issuer', async () => {
    const browser = new TestBrowser()
    const callback = new URL(await browser.signInAtProvider(await start(browser)))
    expect(callback.searchParams.get('iss')).toBe(inject('identityProvider').issuer)
    callback.searchParams.set('iss', 'https://idp.evil.example')
    await expectRefused(await browser.portal(finishSignIn, deps, callback.href), 'response_wrong_issuer', await sessionCount())
  })

  describe('an ID token signed with the provider’s own key', () => {
    let proxy: http.Server
    let forgedDeps: CitizenDeps
    let rewrite: (claims: Record<string, unknown>) => Record<string, unknown> = (claims) => claims

    beforeAll(async () => {
      // The token endpoint answers through a relay that rewrites the ID token's claims and signs it again with the
      // provider's private key: what a compromised or confused provider, or a token meant for another client, looks like.
      const real = (await deps.provider()).serverMetadata()
      const [jwk] = (JSON.parse(await readFile(inject('identityProvider').jwksFile!, 'utf8')) as { keys: JWK[] }).keys
      const key = await importJWK(jwk!, 'RS256')
      proxy = http.createServer(async (request, response) => {
        const chunks: Buffer[] = []
        for await (const chunk of request) chunks.push(chunk as Buffer)
        const upstream = await fetch(real.token_endpoint!, {
          method: 'POST',
          body: Buffer.concat(chunks),
          headers: { 'content-type': request.headers['content-type']!, authorization: request.headers.authorization! },
        })
        const body = (await upstream.json()) as Record<string, unknown>
        if (typeof body.id_token === 'string') {
          const claims = rewrite(decodeJwt(body.id_token) as Record<string, unknown>)
          body.id_token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: jwk!.kid }).sign(key)
        }
        response.writeHead(upstream.status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
      })
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
      const tokenEndpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/token`
      const configuration = new oidc.Configuration({ ...(real as oidc.ServerMetadata), token_endpoint: tokenEndpoint }, deps.settings.clientId, undefined, oidc.ClientSecretBasic(deps.settings.clientSecret))
      oidc.allowInsecureRequests(configuration)
      forgedDeps = { ...deps, provider: async () => configuration }
    })

    afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())))

    const viaRelay = async () => {
      const browser = new TestBrowser()
      const callback = await browser.signInAtProvider(await start(browser, 'returnTo=/tai-khoan', forgedDeps))
      return browser.portal(finishSignIn, forgedDeps, callback)
    }

    it('is accepted untouched (the relay itself is sound)', async () => {
      rewrite = (claims) => claims
      expect((await viaRelay()).headers.get('location')).toBe('/tai-khoan')
    })

    it('is refused when it comes from another issuer', async () => {
      rewrite = (claims) => ({ ...claims, iss: 'https://idp.evil.example' })
      await expectRefused(await viaRelay(), 'token_wrong_issuer', await sessionCount())
    })

    it('is refused when it was issued for another client', async () => {
      rewrite = (claims) => ({ ...claims, aud: 'another-service' })
      await expectRefused(await viaRelay(), 'token_wrong_audience', await sessionCount())
    })

    it('is refused when its nonce is not this sign-in’s', async () => {
      rewrite = (claims) => ({ ...claims, nonce: 'replayed-from-elsewhere' })
      await expectRefused(await viaRelay(), 'token_wrong_nonce', await sessionCount())
    })
  })

  it('refuses a sign-in the citizen cancelled at the provider', async () => {
    const browser = new TestBrowser()
    const page = await browser.fetch(await start(browser))
    const interaction = new URL(page.headers.get('location')!, inject('identityProvider').issuer)
    await browser.fetch(interaction)
    let response = await browser.fetch(new URL(`${interaction.pathname}/abort`, interaction), { method: 'POST' })
    let location = new URL(response.headers.get('location')!, interaction)
    while (location.origin !== browser.origin) {
      response = await browser.fetch(location)
      location = new URL(response.headers.get('location')!, location)
    }
    await expectRefused(await browser.portal(finishSignIn, deps, location.href), 'cancelled', await sessionCount())
  })

  it('limits callbacks per client address', async () => {
    const previous = process.env.CITIZEN_SIGN_IN_RATE_LIMIT
    process.env.CITIZEN_SIGN_IN_RATE_LIMIT = '3'
    try {
      const browser = new TestBrowser('192.0.2.200')
      const answers = []
      for (let i = 0; i < 4; i++) answers.push(await browser.portal(finishSignIn, deps, '/api/auth/callback?state=nothing&code=nothing'))
      expect(answers.slice(0, 3).map((r) => new URL(r.headers.get('location')!, 'http://x').searchParams.get('loi'))).toEqual(['state_unknown', 'state_unknown', 'state_unknown'])
      await expectRefused(answers[3]!, 'rate_limited', await sessionCount())
    } finally {
      if (previous === undefined) delete process.env.CITIZEN_SIGN_IN_RATE_LIMIT
      else process.env.CITIZEN_SIGN_IN_RATE_LIMIT = previous
    }
  })
})

describe('session cookies', () => {
  it('refuses and logs an expired session', async () => {
    const browser = new TestBrowser()
    await signIn(browser)
    await payload.db.drizzle.execute(sql`UPDATE citizen_sessions SET last_seen_at = now() - interval '2 hours' WHERE ip = '198.51.100.7'`)
    const response = await browser.portal(downloadData, deps, '/api/account/data')
    expect(response.status).toBe(401)
    expect(((await response.json()) as { message: string }).message).toMatch(/expired/)
    expect((await rows<{ reason: string }>(sql`SELECT reason FROM citizen_auth_events WHERE event = 'session_refused' ORDER BY id DESC LIMIT 1`))[0]!.reason).toBe('session_expired')
  })

  it('refuses and logs a session past its absolute lifetime even when in use', async () => {
    const browser = new TestBrowser('198.51.100.8')
    await signIn(browser)
    await payload.db.drizzle.execute(sql`UPDATE citizen_sessions SET expires_at = now() - interval '1 second' WHERE ip = '198.51.100.8'`)
    expect((await browser.portal(downloadData, deps, '/api/account/data')).status).toBe(401)
  })

  it('refuses and logs a forged cookie', async () => {
    const browser = new TestBrowser()
    for (const forged of ['A'.repeat(43), 'not-a-token', `${'x'.repeat(42)}'`]) {
      browser.cookies('localhost').set(sessionCookie, forged)
      const response = await browser.portal(downloadData, deps, '/api/account/data')
      expect(response.status).toBe(401)
      expect((await rows<{ reason: string }>(sql`SELECT reason FROM citizen_auth_events WHERE event = 'session_refused' ORDER BY id DESC LIMIT 1`))[0]!.reason).toBe('session_unknown')
    }
  })

  it('does not carry the sign-in cookie past the callback', async () => {
    const browser = new TestBrowser()
    await signIn(browser)
    expect(browser.cookies('localhost').has(signInCookie)).toBe(false)
  })
})
