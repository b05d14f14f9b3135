import { clientAddress } from '@/lib/http/rateLimit'

/**
 * The portal's origin as the browser sees it: PUBLIC_URL in production (every instance behind
 * the load balancer answers for it), else the Host the request was sent to.
 */
export function requestOrigin(request: Request): string {
  if (process.env.PUBLIC_URL) return process.env.PUBLIC_URL.replace(/\/$/, '')
  const url = new URL(request.url)
  const trusted = Number(process.env.TRUSTED_PROXY_HOPS ?? 0) > 0
  const proto = (trusted && request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim()) || url.protocol.replace(':', '')
  const host = (trusted && request.headers.get('x-forwarded-host')?.split(',')[0]?.trim()) || request.headers.get('host') || url.host
  return `${proto}://${host}`
}

/** Who sent the request, for the sign-in log: address and browser (shortened). */
export const requester = (request: { headers: Headers }) => ({
  ip: clientAddress(request.headers),
  userAgent: (request.headers.get('user-agent') ?? '').slice(0, 300) || null,
})
