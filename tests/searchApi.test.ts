import { sql } from '@payloadcms/db-postgres'
import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clientAddress, consumeRateLimit } from '@/lib/http/rateLimit'
import { closePayload } from '@/lib/payload/closePayload'
import { getTestPayload } from './helpers/getTestPayload'

let payload: Payload
let GET: typeof import('@/app/api/search/route').GET

const call = (query: string, ip = '203.0.113.7') => GET(new NextRequest(`http://localhost/api/search?${query}`, { headers: { 'x-forwarded-for': ip } }))

beforeAll(async () => {
  process.env.SEARCH_RATE_LIMIT = '5'
  process.env.MEILI_INDEX_PREFIX = `test_api_${Date.now()}_`
  payload = await getTestPayload()
  ;({ GET } = await import('@/app/api/search/route'))
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('GET /api/search', () => {
  it('answers JSON with the query, hits, facets, total, took_ms and the engine', async () => {
    const response = await call('q=khai%20sinh&type=procedure&limit=5', '203.0.113.1')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = await response.json()
    expect(body).toMatchObject({ query: { q: 'khai sinh', type: 'procedure', limit: 5, page: 1, locale: 'vi' }, hits: [], total: 0 })
    expect(Object.keys(body.facets)).toEqual(['type', 'field', 'ministry', 'level', 'online'])
    expect(typeof body.took_ms).toBe('number')
    // No index in this test's Meilisearch namespace: the answer comes from PostgreSQL.
    expect(['meilisearch', 'postgres']).toContain(body.engine)
  })

  it('refuses bad parameters with 400 and says which and why', async () => {
    const response = await call(`q=${'x'.repeat(201)}&page=0&type=law&color=red`, '203.0.113.2')
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.error).toBe('invalid_parameters')
    expect(body.issues.map((i: { param: string }) => i.param)).toEqual(expect.arrayContaining(['q', 'page', 'type', 'color']))
    expect(body.message).toContain('q must be at most 200 characters')
  })

  it('limits each client: over the limit it answers 429 with Retry-After, other clients go on', async () => {
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await call('q=x', '198.51.100.9')).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
    const refused = await call('q=x', '198.51.100.9')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await refused.json()).error).toBe('too_many_requests')
    expect((await call('q=x', '198.51.100.10')).status).toBe(200)
  })
})

describe('rate limits', () => {
  it('count in PostgreSQL, so that every instance sees the same counter', async () => {
    const rule = { name: 'shared-test', points: 2, windowSeconds: 60 }
    expect((await consumeRateLimit(payload, rule, 'c1')).allowed).toBe(true)
    const { rows } = (await payload.db.drizzle.execute(sql`SELECT key, points FROM rate_limits WHERE key = 'shared-test:c1'`)) as unknown as { rows: { points: number }[] }
    expect(rows).toEqual([{ key: 'shared-test:c1', points: 1 }])
  })

  it('take the client from the X-Forwarded-For entry the nearest trusted proxy added', () => {
    const headers = new Headers({ 'x-forwarded-for': 'spoofed, 192.0.2.1, 10.0.0.2' })
    expect(clientAddress(headers, 0)).toBe('10.0.0.2')
    expect(clientAddress(headers, 1)).toBe('192.0.2.1')
    expect(clientAddress(new Headers(), 0)).toBe('unknown')
  })
})
