import type { NextRequest } from 'next/server'
import { clientAddress, consumeRateLimit } from '@/lib/http/rateLimit'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { parseSearchParams } from '@/lib/search/parseSearchParams'
import { searchPortal } from '@/lib/search/searchPortal'

export const dynamic = 'force-dynamic'

/** Requests per minute and client; SEARCH_RATE_LIMIT=0 turns the limit off. Suggestions as one types count too. */
const rule = { name: 'search', points: Number(process.env.SEARCH_RATE_LIMIT ?? 120), windowSeconds: 60 }

/**
 * GET /api/search?q=&type=&field=&ministry=&level=&online=&page=&limit=&locale=
 * JSON: the query, hits (type, code, title and snippet with <mark> highlights, url), facet counts,
 * total, took_ms and the engine that answered. 400 with the faulty parameters; 429 over the limit.
 */
export async function GET(request: NextRequest) {
  const payload = await getPayloadClient()
  const limit = await consumeRateLimit(payload, rule, clientAddress(request.headers))
  const rateHeaders: Record<string, string> = limit.limit
    ? { 'RateLimit-Limit': String(limit.limit), 'RateLimit-Remaining': String(limit.remaining), 'RateLimit-Reset': String(limit.resetSeconds) }
    : {}
  if (!limit.allowed) {
    return Response.json(
      { error: 'too_many_requests', message: `More than ${limit.limit} searches a minute from this client; try again in ${limit.resetSeconds} s.` },
      { status: 429, headers: { ...rateHeaders, 'Retry-After': String(limit.resetSeconds), 'Cache-Control': 'no-store' } },
    )
  }
  const parsed = parseSearchParams(request.nextUrl.searchParams)
  if (!parsed.ok) {
    return Response.json(
      { error: 'invalid_parameters', message: parsed.issues.map((i) => `${i.param || 'parameter'} ${i.message}`).join('; '), issues: parsed.issues },
      { status: 400, headers: { ...rateHeaders, 'Cache-Control': 'no-store' } },
    )
  }
  const result = await searchPortal(parsed.query, { payload: async () => payload, log: (m) => payload.logger.warn(m) })
  return Response.json(result, { headers: { ...rateHeaders, 'Cache-Control': 'no-store' } })
}
