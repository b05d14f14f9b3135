import { randomBytes } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import * as oidc from 'openid-client'
import type { Payload } from 'payload'
import { hashToken } from './sessions'

/** A sign-in under way: what the provider's answer must match. */
export interface PendingSignIn {
  codeVerifier: string
  nonce: string
  redirectUri: string
  returnTo: string
  minLevel: number
  locale: 'vi' | 'en'
}

/** Why a provider's answer matches no sign-in under way. */
export type SignInMismatch = 'state_missing' | 'state_unknown' | 'state_replayed' | 'state_other_browser' | 'state_expired'

const lifetimeMinutes = 10

/**
 * Starts a sign-in: random state, nonce and PKCE verifier, kept in the database under the
 * state's hash together with the hash of a browser token that goes into a cookie. Returns what
 * the authorization request and the cookie need.
 */
export async function beginSignIn(payload: Payload, input: Omit<PendingSignIn, 'codeVerifier' | 'nonce'>) {
  const state = oidc.randomState()
  const nonce = oidc.randomNonce()
  const codeVerifier = oidc.randomPKCECodeVerifier()
  const browserToken = randomBytes(32).toString('base64url')
  await payload.db.drizzle.execute(sql`DELETE FROM citizen_sign_ins WHERE expires_at < now() - interval '1 day'`)
  await payload.db.drizzle.execute(sql`
    INSERT INTO citizen_sign_ins (state_hash, browser_hash, code_verifier, nonce, redirect_uri, return_to, min_level, locale, expires_at)
    VALUES (${hashToken(state)}, ${hashToken(browserToken)}, ${codeVerifier}, ${nonce}, ${input.redirectUri}, ${input.returnTo},
      ${input.minLevel}, ${input.locale}, now() + make_interval(mins => ${lifetimeMinutes}))`)
  return { state, nonce, codeChallenge: await oidc.calculatePKCECodeChallenge(codeVerifier), browserToken, lifetimeSeconds: lifetimeMinutes * 60 }
}

/**
 * Takes the sign-in that a provider's answer belongs to, once: the state must be one we issued,
 * not used before, not expired, and come back to the browser that started it.
 */
export async function consumeSignIn(
  payload: Payload,
  state: string | null,
  browserToken: string | undefined,
): Promise<{ ok: true; signIn: PendingSignIn } | { ok: false; reason: SignInMismatch; locale?: 'vi' | 'en' }> {
  if (!state) return { ok: false, reason: 'state_missing' }
  const result = (await payload.db.drizzle.execute(sql`
    UPDATE citizen_sign_ins SET consumed_at = now()
    WHERE state_hash = ${hashToken(state)} AND consumed_at IS NULL
    RETURNING browser_hash AS "browserHash", code_verifier AS "codeVerifier", nonce, redirect_uri AS "redirectUri", return_to AS "returnTo",
      min_level AS "minLevel", locale, expires_at < now() AS expired`)) as unknown as {
    rows: (PendingSignIn & { browserHash: string; expired: boolean })[]
  }
  const row = result.rows[0]
  if (!row) {
    const seen = (await payload.db.drizzle.execute(sql`SELECT 1 FROM citizen_sign_ins WHERE state_hash = ${hashToken(state)}`)) as unknown as { rows: unknown[] }
    return { ok: false, reason: seen.rows.length > 0 ? 'state_replayed' : 'state_unknown' }
  }
  const { browserHash, expired, ...signIn } = row
  if (!browserToken || hashToken(browserToken) !== browserHash) return { ok: false, reason: 'state_other_browser', locale: signIn.locale }
  if (expired) return { ok: false, reason: 'state_expired', locale: signIn.locale }
  return { ok: true, signIn }
}
