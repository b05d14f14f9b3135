import type { PayloadRequest } from 'payload'
import { parseCookies } from 'payload/shared'
import { requestOrigin } from '@/lib/citizen/requestInfo'

/**
 * Whether a state-changing request to a staff endpoint may come from another site riding the
 * admin's session cookie. Payload checks the cookie's origin only when `csrf` lists origins
 * (PUBLIC_URL sets it); without, it accepts the cookie from anywhere, so the endpoint checks
 * itself: a browser sends Origin with every POST, and it must be the portal's own. A request
 * without Origin is accepted only when it carries no session cookie (a token in a header, which
 * another site cannot make a browser send).
 */
export function isCrossSite(req: PayloadRequest): boolean {
  const origin = req.headers.get('origin')
  if (origin !== null) return origin !== requestOrigin({ url: req.url ?? req.href, headers: req.headers } as Request)
  const site = req.headers.get('sec-fetch-site')
  if (site === 'cross-site' || site === 'same-site') return true
  return parseCookies(req.headers).has(`${req.payload.config.cookiePrefix}-token`)
}
