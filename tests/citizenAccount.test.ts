/**
 * After sign-in: signing out here and at the provider (RP-initiated logout), the provider's
 * back-channel logout (real, and forged tokens), CSRF protection of state-changing requests,
 * contact preferences, consents, "sign out everywhere" and the download of one's data.
 */
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import { sql } from '@payloadcms/db-postgres'
import { importJWK, type JWK, SignJWT } from 'jose'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'
import { sessionCookie } from '@/lib/citizen/cookies'
import { csrfTokenFor } from '@/lib/citizen/csrf'
import { backchannelLogout } from '@/lib/citizen/http/backchannelLogout'
import { accountFormCookie, changeAccount } from '@/lib/citizen/http/changeAccount'
import type { CitizenDeps } from '@/lib/citizen/http/deps'
import { downloadData } from '@/lib/citizen/http/downloadData'
import { finishSignIn } from '@/lib/citizen/http/finishSignIn'
import { signOut } from '@/lib/citizen/http/signOut'
import { startSignIn } from '@/lib/citizen/http/startSignIn'
import { hashToken } from '@/lib/citizen/sessions'
import { closePayload } from '@/lib/payload/closePayload'
import { citizenDeps, TestBrowser } from './helpers/citizenBrowser'

let payload: Payload
let deps: CitizenDeps
let portal: http.Server

const rows = async <T>(query: ReturnType<typeof sql>) => ((await payload.db.drizzle.execute(query)) as unknown as { rows: T[] }).rows
const lastEvent = async (event: string) => (await rows<{ reason: string | null; detail: Record<string, unknown> | null }>(sql`SELECT reason, detail FROM citizen_auth_events WHERE event = ${event} ORDER BY id DESC LIMIT 1`))[0]

async function signedIn(citizen = 'test-citizen-001', address?: string) {
  const browser = new TestBrowser(address)
  const authorization = (await browser.portal(startSignIn, deps, '/api/auth/sign-in')).headers.get('location')!
  const response = await browser.portal(finishSignIn, deps, await browser.signInAtProvider(authorization, { citizen }))
  expect(response.status).toBe(303)
  const token = browser.cookies('localhost').get(sessionCookie)!
  return { browser, token, csrf: csrfTokenFor(hashToken(token)) }
}

const isActive = async (browser: TestBrowser) => (await browser.portal(downloadData, deps, '/api/account/data')).status === 200

/** The provider's logout confirmation form: its action and hidden fields. */
async function confirmLogoutAtProvider(browser: TestBrowser, endSessionUrl: string): Promise<Response> {
  const page = await browser.fetch(endSessionUrl)
  const html = await page.text()
  const action = /<form[^>]*id="op.logoutForm"[^>]*action="([^"]+)"/.exec(html)?.[1] ?? /<form[^>]*action="([^"]+)"[^>]*id="op.logoutForm"/.exec(html)?.[1]
  const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]))
  return browser.fetch(new URL(action!, endSessionUrl), { method: 'POST', body: new URLSearchParams({ ...fields, logout: 'yes' }) })
}

beforeAll(async () => {
  const { getTestPayload } = await import('./helpers/getTestPayload')
  payload = await getTestPayload()
  deps = citizenDeps(payload)
  // The portal's address that the provider calls for back-channel logout.
  portal = http.createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const answer = await backchannelLogout(
      new Request(new URL(request.url!, inject('portalOrigin')), { method: request.method, headers: request.headers as Record<string, string>, body: Buffer.concat(chunks) }),
      deps,
    )
    response.writeHead(answer.status, Object.fromEntries(answer.headers)).end(await answer.text())
  })
  await new Promise<void>((resolve) => portal.listen(Number(new URL(inject('portalOrigin')).port), resolve))
})

afterAll(async () => {
  await new Promise<void>((resolve) => portal.close(() => resolve()))
  if (payload) await closePayload(payload)
})

describe('signing out', () => {
  it('ends the session here, then at the provider, which then asks the citizen to sign in again', async () => {
    const { browser, csrf } = await signedIn()
    const response = await browser.postForm(signOut, deps, '/api/auth/sign-out', { csrf, locale: 'vi' })
    expect(response.status).toBe(303)
    const endSession = new URL(response.headers.get('location')!)
    expect(endSession.origin).toBe(inject('identityProvider').issuer)
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${inject('portalOrigin')}/da-dang-xuat`)
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy()
    expect(await isActive(browser)).toBe(false)

    const confirmed = await confirmLogoutAtProvider(browser, endSession.href)
    expect(confirmed.headers.get('location')).toBe(`${inject('portalOrigin')}/da-dang-xuat`)
    // The provider's session is gone: a new sign-in shows its sign-in page instead of coming straight back.
    const authorization = (await browser.portal(startSignIn, deps, '/api/auth/sign-in')).headers.get('location')!
    const atProvider = await browser.fetch(authorization)
    expect(new URL(atProvider.headers.get('location')!, authorization).pathname).toMatch(/^\/interaction\//)
  })

  it('refuses a sign-out without the form token, or sent from another site, and stays signed in', async () => {
    const { browser, csrf } = await signedIn()
    const withoutToken = await browser.postForm(signOut, deps, '/api/auth/sign-out', { locale: 'vi' })
    expect(withoutToken.status).toBe(403)
    expect(await withoutToken.text()).toMatch(/chưa đăng xuất/)
    expect((await lastEvent('request_refused'))!.reason).toBe('csrf_bad_token')
    const crossSite = await browser.postForm(signOut, deps, '/api/auth/sign-out', { csrf, locale: 'vi' }, { origin: 'https://evil.example' })
    expect(crossSite.status).toBe(403)
    expect((await lastEvent('request_refused'))!.reason).toBe('csrf_cross_site')
    expect(await isActive(browser)).toBe(true)
  })
})

describe('back-channel logout', () => {
  it('ends the portal session when the citizen signs out at the provider', async () => {
    const { browser } = await signedIn('test-citizen-003')
    const metadata = (await deps.provider()).serverMetadata()
    const endSession = new URL(metadata.end_session_endpoint!)
    endSession.searchParams.set('client_id', deps.settings.clientId)
    await confirmLogoutAtProvider(browser, endSession.href)
    await expect.poll(() => isActive(browser)).toBe(false)
    expect((await lastEvent('backchannel_logout'))!.detail).toEqual({ sessionsEnded: 1 })
  })

  describe('with a token the portal must refuse', () => {
    let sign: (claims: Record<string, unknown>) => Promise<string>
    const valid = () => ({
      iss: inject('identityProvider').issuer,
      aud: inject('identityProvider').clientId,
      iat: Math.floor(Date.now() / 1000),
      jti: crypto.randomUUID(),
      sub: 'test-citizen-004',
      events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
    })

    beforeAll(async () => {
      const [jwk] = (JSON.parse(await readFile(inject('identityProvider').jwksFile!, 'utf8')) as { keys: JWK[] }).keys
      const key = await importJWK(jwk!, 'RS256')
      sign = (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: jwk!.kid, typ: 'logout+jwt' }).sign(key)
    })

    const post = (token: string) =>
      backchannelLogout(new Request(`${inject('portalOrigin')}/api/auth/backchannel-logout`, { method: 'POST', body: new URLSearchParams({ logout_token: token }) }), deps)

    it.each([
      ['from another issuer', { iss: 'https://idp.evil.example' }, 'token_wrong_issuer'],
      ['for another client', { aud: 'another-service' }, 'token_wrong_audience'],
      ['without the logout event', { events: undefined }, 'token_not_logout'],
      ['with a nonce', { nonce: 'n' }, 'token_has_nonce'],
      ['issued long ago', { iat: Math.floor(Date.now() / 1000) - 3600 }, 'token_expired'],
    ])('refuses one %s and keeps the session', async (_, change, reason) => {
      const { browser } = await signedIn('test-citizen-004')
      const response = await post(await sign({ ...valid(), ...change }))
      expect(response.status).toBe(400)
      expect((await lastEvent('backchannel_logout_refused'))!.reason).toBe(reason)
      expect(await isActive(browser)).toBe(true)
    })

    it('refuses one that is not signed by the provider', async () => {
      const forged = `${(await sign(valid())).split('.').slice(0, 2).join('.')}.${'A'.repeat(342)}`
      expect((await post(forged)).status).toBe(400)
      expect((await lastEvent('backchannel_logout_refused'))!.reason).toBe('token_invalid')
    })

    it('accepts a valid one, which ends every session of the citizen', async () => {
      const one = await signedIn('test-citizen-004')
      const two = await signedIn('test-citizen-004', '198.51.100.99')
      expect((await post(await sign(valid()))).status).toBe(200)
      expect(await isActive(one.browser)).toBe(false)
      expect(await isActive(two.browser)).toBe(false)
    })
  })
})

describe('citizen accounts and staff', () => {
  it('are out of reach of staff, even the portal administrator, through REST and GraphQL', async () => {
    await signedIn('test-citizen-002', '198.51.100.70')
    const { createStaff } = await import('./helpers/staffAccounts')
    const { rest, graphql } = await import('./helpers/restClient')
    const { tokens } = await createStaff(payload, { admin: ['admin', undefined] }, 'citizen-')
    expect((await rest('GET', '/api/citizens', { token: tokens.admin })).status).toBe(403)
    const { totalDocs } = await payload.count({ collection: 'citizens' })
    expect(totalDocs).toBeGreaterThan(0)
    const result = await graphql('{ Citizens { docs { personalId } } }', { token: tokens.admin })
    expect(result.errors?.[0]?.message).toMatch(/Citizens/)
  })
})

describe('the account', () => {
  it('saves contact preferences, and gives a refused form back with its errors', async () => {
    const { browser, csrf } = await signedIn('test-citizen-005')
    const saved = await browser.postForm(changeAccount, deps, '/api/account', { csrf, locale: 'vi', action: 'contact', email: 'bao@example.vn', phone: '+84 868 555 777', byEmail: 'on', bySms: 'on', language: 'en' })
    expect(saved.headers.get('location')).toBe('/tai-khoan?xong=contact#lien-he')
    const [citizen] = await rows<Record<string, unknown>>(sql`SELECT contact_email, contact_phone, contact_by_sms, contact_language FROM citizens WHERE subject = 'test-citizen-005'`)
    expect(citizen).toEqual({ contact_email: 'bao@example.vn', contact_phone: '0868555777', contact_by_sms: true, contact_language: 'en' })

    const refused = await browser.postForm(changeAccount, deps, '/api/account', { csrf, locale: 'en', action: 'contact', email: 'bao@', phone: '', bySms: 'on', language: 'vi' })
    expect(refused.headers.get('location')).toBe('/en/account?loi=contact#lien-he')
    const flash = JSON.parse(decodeURIComponent(browser.cookies('localhost').get(accountFormCookie)!))
    expect(flash).toMatchObject({ errors: { email: 'email_invalid', phone: 'phone_needed' }, values: { email: 'bao@' } })
    // Nothing of the refused form was stored.
    expect((await rows<{ contact_email: string }>(sql`SELECT contact_email FROM citizens WHERE subject = 'test-citizen-005'`))[0]!.contact_email).toBe('bao@example.vn')
  })

  it('refuses an account change without the form token', async () => {
    const { browser } = await signedIn('test-citizen-005')
    const response = await browser.postForm(changeAccount, deps, '/api/account', { locale: 'vi', action: 'end-all-sessions' })
    expect(response.status).toBe(403)
    expect(await isActive(browser)).toBe(true)
  })

  it('records consents and their withdrawal, and gives the citizen all their data', async () => {
    const { browser, csrf } = await signedIn('test-citizen-001', '198.51.100.50')
    for (const granted of ['true', 'false', 'true']) {
      expect((await browser.postForm(changeAccount, deps, '/api/account', { csrf, locale: 'vi', action: 'consent', purpose: 'identity_prefill', granted })).status).toBe(303)
    }
    const unknown = await browser.postForm(changeAccount, deps, '/api/account', { csrf, locale: 'vi', action: 'consent', purpose: 'sell_my_data', granted: 'true' })
    expect(unknown.status).toBe(400)

    const download = await browser.portal(downloadData, deps, '/api/account/data')
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="du-lieu-ca-nhan-\d{4}-\d{2}-\d{2}\.json"$/)
    const data = (await download.json()) as Record<string, unknown> & { identity: Record<string, unknown>; consents: { granted: boolean }[]; sessions: unknown[] }
    expect(data.identity).toMatchObject({ personalId: '001085012345', fullName: 'Nguyễn Văn An', provider: inject('identityProvider').issuer })
    expect(data.consents.map((consent) => consent.granted)).toEqual([true, false, true])
    expect(data.sessions.length).toBeGreaterThan(0)
    expect(data).toMatchObject({ dossiers: [], drafts: [], payments: [], feedback: [] })
    expect(JSON.stringify(data)).not.toContain('Trần Thị Bích Ngọc')
  })

  it('signs out everywhere', async () => {
    const phone = await signedIn('test-citizen-002', '198.51.100.61')
    const laptop = await signedIn('test-citizen-002', '198.51.100.62')
    const response = await laptop.browser.postForm(changeAccount, deps, '/api/account', { csrf: laptop.csrf, locale: 'vi', action: 'end-all-sessions' })
    expect(response.headers.get('location')).toBe('/da-dang-xuat')
    expect(await isActive(phone.browser)).toBe(false)
    expect(await isActive(laptop.browser)).toBe(false)
  })
})
