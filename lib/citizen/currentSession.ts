import type { Payload } from 'payload'
import { recordAuthEvent } from './authEvents'
import { sessionCookie } from './cookies'
import { findSession, type SessionLookup } from './sessions'

/**
 * The session a request's cookie opens; `none` without a cookie. A cookie that opens nothing —
 * expired, ended, or forged — is refused and logged.
 */
export async function sessionOf(payload: Payload, request: { headers: Headers }, token: string | undefined): Promise<SessionLookup | { status: 'none' }> {
  if (!token) return { status: 'none' }
  const found = await findSession(payload, token)
  if (found.status !== 'active') {
    await recordAuthEvent(payload, request, { event: 'session_refused', reason: found.status === 'expired' ? 'session_expired' : 'session_unknown', detail: { cookie: sessionCookie } })
  }
  return found
}
