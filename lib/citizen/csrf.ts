import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Payload } from 'payload'
import { keyFor } from '@/lib/staff/secretBox'
import { recordAuthEvent } from './authEvents'
import { forbidden } from './http/responses'
import { requestOrigin } from './requestInfo'

/**
 * Protection of the account's state-changing requests against cross-site request forgery, on top
 * of the SameSite=Lax session cookie: the request must come from the portal's own pages (Origin,
 * or Sec-Fetch-Site, when the browser sends them) and carry the token that those pages put in
 * their forms, which is derived from the session and cannot be read by another site.
 */

/** The form token for a session (HMAC of the session token's hash with a key derived from PAYLOAD_SECRET). */
export const csrfTokenFor = (tokenHash: string) => createHmac('sha256', keyFor('citizen-csrf')).update(tokenHash).digest('base64url')

export type CsrfVerdict = 'ok' | 'cross_site' | 'bad_token'

/** Checks a state-changing request of a signed-in citizen. */
export function checkCsrf(request: Request, formToken: unknown, tokenHash: string): CsrfVerdict {
  const origin = request.headers.get('origin')
  if (origin !== null && origin !== requestOrigin(request)) return 'cross_site'
  const fetchSite = request.headers.get('sec-fetch-site')
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return 'cross_site'
  const expected = Buffer.from(csrfTokenFor(tokenHash))
  const given = Buffer.from(typeof formToken === 'string' ? formToken : '')
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'bad_token'
}

/**
 * The refusal of a state-changing form that fails the check (logged, in both languages), or null
 * when the request may go on.
 */
export async function csrfRefusal(
  payload: Payload,
  request: Request,
  form: FormData,
  session: { tokenHash: string; citizenId: number },
  refusal: { action: string; vi: string; en: string },
): Promise<Response | null> {
  const verdict = checkCsrf(request, form.get('csrf'), session.tokenHash)
  if (verdict === 'ok') return null
  await recordAuthEvent(payload, request, { event: 'request_refused', reason: `csrf_${verdict}`, citizenId: session.citizenId, detail: { action: refusal.action } })
  return forbidden(refusal)
}
