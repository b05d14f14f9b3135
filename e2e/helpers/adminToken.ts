import { type APIRequestContext, expect } from '@playwright/test'
import { totpCode } from '@/lib/staff/totp'

/** The administrator the e2e server creates (scripts/e2eServer.ts), with its two-factor secret. */
export const e2eAdmin = { email: 'e2e-admin@portal.localhost', password: 'E2e-Kiem-thu-2026!', totpSecret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU' }

const tokens = new Map<string, Promise<string>>()

/** Waits for the start of the next 30-second period, when the authenticator shows a new code. */
export const nextPeriod = () => new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 200))

/**
 * The codes to try, in order: this period's, then the next one's (the server accepts one period
 * of clock difference). Each code is accepted once, so when another test has just used this
 * period's code, the next one's still works; only after both is there a wait (nextPeriod).
 */
export const freshCodes = async () => [await totpCode(e2eAdmin.totpSecret), await totpCode(e2eAdmin.totpSecret, new Date(Date.now() + 30_000))]

/**
 * Signs in to Payload's REST API as the e2e administrator (password and two-factor code), once
 * per test worker and instance (`origin`). A code is accepted once: when another worker has just
 * used this period's code, this one waits for the next period.
 */
export function adminToken(request: APIRequestContext, origin = ''): Promise<string> {
  if (!tokens.has(origin)) tokens.set(origin, signIn(request, origin))
  return tokens.get(origin)!
}

async function signIn(request: APIRequestContext, origin: string): Promise<string> {
  for (let round = 0; ; round++) {
    for (const totp of await freshCodes()) {
      const response = await request.post(`${origin}/api/users/login`, { data: { email: e2eAdmin.email, password: e2eAdmin.password, totp } })
      if (response.ok()) return (await response.json()).token
      expect(round, `admin sign-in: ${response.status()} ${await response.text()}`).toBeLessThan(2)
    }
    await nextPeriod()
  }
}

/** Authorization headers of the e2e administrator. */
export const adminHeaders = async (request: APIRequestContext, origin = '') => ({ Authorization: `JWT ${await adminToken(request, origin)}` })
