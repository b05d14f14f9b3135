import { randomBytes } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import { Meilisearch } from 'meilisearch'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closePayload } from '@/lib/payload/closePayload'
import { prepareIndex } from '@/lib/search/meiliIndex'
import type { SearchQuery, SearchResponse } from '@/lib/search/types'
import { startEmbeddedMeilisearch } from '../scripts/services/meilisearch'
import { getTestPayload } from './helpers/getTestPayload'

let payload: Payload
let client: Meilisearch
let uid: string
let search: typeof import('@/lib/search/searchPortal').searchPortal
let drainOutbox: typeof import('@/lib/search/syncWorker').drainOutbox
let reindex: typeof import('@/lib/search/reindex')

const query = (q: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({ q, page: 1, limit: 10, locale: 'vi', ...extra })
const find = (q: string, extra: Partial<SearchQuery> = {}, meili: Meilisearch | null = client, index = uid): Promise<SearchResponse> =>
  search(query(q, extra), { payload: async () => payload, client: meili, uid: index })
const codes = (result: SearchResponse) => result.hits.map((hit) => hit.code)

/** Applies every pending outbox row to `index`. */
async function drain(meili: Meilisearch = client, index = uid) {
  for (;;) {
    const result = await drainOutbox(payload, { client: meili, uid: index })
    if (result.skipped || result.failed || !result.processed) return result
  }
}

async function procedureByCode(code: string) {
  const { docs } = await payload.find({ collection: 'procedures', where: { code: { equals: code } }, limit: 1, depth: 0 })
  return docs[0]!
}

beforeAll(async () => {
  // Each run gets its own index names on the shared test Meilisearch.
  process.env.MEILI_INDEX_PREFIX = `test_${randomBytes(4).toString('hex')}_`
  payload = await getTestPayload()
  client = new Meilisearch({ host: process.env.MEILI_URL!, apiKey: process.env.MEILI_MASTER_KEY })
  const { importCatalog } = await import('@/lib/import/importCatalog')
  await importCatalog(payload)
  ;({ searchPortal: search } = await import('@/lib/search/searchPortal'))
  ;({ drainOutbox } = await import('@/lib/search/syncWorker'))
  reindex = await import('@/lib/search/reindex')
  const { liveIndexName } = await import('@/lib/search/indexSettings')
  uid = liveIndexName()
  await reindex.reindexAll(payload, client, { uid })
  // The import of the whole catalogue and a full index: a minute or two; more on a busy machine.
}, 900_000)

afterAll(async () => {
  const { results } = await client.getIndexes({ limit: 100 }).catch(() => ({ results: [] }))
  for (const index of results) if (index.uid.startsWith(process.env.MEILI_INDEX_PREFIX!)) await client.deleteIndex(index.uid).waitTask({ timeout: 120_000 })
  if (payload) await closePayload(payload)
})

describe('search with Meilisearch', () => {
  it('finds a procedure with or without diacritics, đ typed as d', async () => {
    const accented = await find('đăng ký khai sinh', { type: 'procedure' })
    const plain = await find('dang ky khai sinh', { type: 'procedure' })
    expect(accented.engine).toBe('meilisearch')
    expect(codes(accented)[0]).toBe('1.001193')
    expect(codes(plain).slice(0, 3)).toEqual(codes(accented).slice(0, 3))
  })

  it('forgives typos in words but not in national codes', async () => {
    expect(codes(await find('dang ky khai sihn', { type: 'procedure' }))).toContain('1.001193')
    expect(codes(await find('1.001193'))).toEqual(['1.001193'])
    expect((await find('1.001194')).hits.map((h) => h.code)).not.toContain('1.001193')
  })

  it('suggests the corrected query for a typo', async () => {
    const result = await find('khai sihn')
    expect(result.suggestion).toBe('khai sinh')
  })

  it('highlights the matched words, escaping the rest', async () => {
    const [hit] = (await find('khai sinh', { type: 'procedure' })).hits
    expect(hit!.title).toMatch(/<mark>khai<\/mark> <mark>sinh<\/mark>/i)
    expect(hit!.title.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
    expect(hit!.url).toBe('/thu-tuc/thu-tuc-dang-ky-khai-sinh'.replace('thu-tuc-dang', 'dang'))
  })

  it('counts hits per type, field, level and online availability, and filters on them', async () => {
    const all = await find('khai sinh')
    expect(all.facets.type.map((f) => f.value)).toEqual(expect.arrayContaining(['procedure', 'faq']))
    const field = all.facets.field.find((f) => f.label === 'Hộ tịch')!
    expect(field.value).toBe('ho-tich')
    const filtered = await find('khai sinh', { type: 'procedure', field: 'ho-tich', level: 'commune' })
    expect(filtered.total).toBeGreaterThan(0)
    expect(filtered.total).toBeLessThan(all.total)
    expect(filtered.hits.every((hit) => hit.type === 'procedure' && hit.field?.slug === 'ho-tich')).toBe(true)
    const online = await find('khai sinh', { type: 'procedure', online: true })
    expect(online.hits.every((hit) => hit.online === 'full' || hit.online === 'partial')).toBe(true)
    const offline = await find('khai sinh', { online: false })
    expect(offline.facets.type.map((f) => f.value)).toEqual(['procedure'])
    const everything = await find('', { type: 'procedure' })
    expect(everything.total).toBeGreaterThan(2000)
  })

  it('searches in English, showing Vietnamese content where there is no translation', async () => {
    const result = await find('khai sinh', { locale: 'en', type: 'procedure' })
    expect(result.hits[0]!.url).toMatch(/^\/en\/procedures\//)
    expect(result.hits[0]!.vietnameseOnly).toBe(true)
  })

  it('applies a vocabulary phrase from the CMS within one drain, as an alias of the entries it describes', async () => {
    const before = await find('bằng tài xế', { type: 'procedure' })
    expect(before.hits.some((hit) => /giấy phép lái xe/i.test(hit.plainTitle))).toBe(false)
    await payload.create({ collection: 'searchVocabulary', data: { words: ['Bằng tài xế'], expandsTo: ['giấy phép lái xe'] } })
    await drain()
    const after = await find('bằng tài xế', { type: 'procedure' })
    expect(after.hits.slice(0, 3).every((hit) => /giấy phép lái xe/i.test(hit.plainTitle))).toBe(true)
    expect((await find('bang tai xe', { type: 'procedure' })).hits[0]!.plainTitle).toMatch(/giấy phép lái xe/i)
  })

  it('applies a one-word vocabulary entry from the CMS as a Meilisearch synonym within one drain', async () => {
    expect(codes(await find('đăng kí khai sinh', { type: 'procedure' }))).not.toContain('1.001193')
    await payload.create({ collection: 'searchVocabulary', data: { words: ['ký', 'kí'] } })
    await drain()
    expect(Object.keys(await client.index(uid).getSynonyms())).toEqual(['kí', 'ký'])
    expect(codes(await find('đăng kí khai sinh', { type: 'procedure' }))[0]).toBe('1.001193')
  })

  it('takes an unpublished procedure out of search, and a published one back in', async () => {
    const procedure = await procedureByCode('1.001193')
    await payload.update({ collection: 'procedures', id: procedure.id, data: { status: 'draft' } })
    await drain()
    expect(codes(await find('1.001193'))).toEqual([])
    await payload.update({ collection: 'procedures', id: procedure.id, data: { status: 'published', name: 'Thủ tục đăng ký khai sinh cho trẻ em' } })
    await drain()
    const back = await find('1.001193')
    expect(back.hits[0]!.plainTitle).toBe('Thủ tục đăng ký khai sinh cho trẻ em')
  })

  it('writes the outbox row in the transaction of the change: a rolled-back change leaves none', async () => {
    const procedure = await procedureByCode('1.000894')
    const count = async () =>
      ((await payload.db.drizzle.execute(sql`SELECT count(*)::int AS n FROM search_outbox WHERE processed_at IS NULL`)) as unknown as { rows: { n: number }[] }).rows[0]!.n
    const before = await count()
    await expect(
      payload.update({ collection: 'procedures', id: procedure.id, data: { code: 'not a code' } }),
    ).rejects.toThrow()
    expect(await count()).toBe(before)
  })

  it('lets one drainer at a time apply the outbox, each row once', async () => {
    const procedure = await procedureByCode('1.000894')
    for (let i = 0; i < 5; i++) await payload.update({ collection: 'procedures', id: procedure.id, data: { requirements: `Không (${i})` } })
    const results = await Promise.all([drainOutbox(payload, { client, uid }), drainOutbox(payload, { client, uid }), drainOutbox(payload, { client, uid })])
    expect(results.reduce((sum, r) => sum + r.processed, 0)).toBe(5)
    expect(results.filter((r) => r.processed > 0)).toHaveLength(1)
  })

  it('never lets Meilisearch create a bare index: a missing one is prepared and filled with everything', async () => {
    const wiped = `${uid}_wiped`
    const procedure = await procedureByCode('1.000894')
    await payload.update({ collection: 'procedures', id: procedure.id, data: { requirements: 'Không' } })
    await drain(client, wiped)
    const settings = await client.index(wiped).getSettings()
    expect(settings.searchableAttributes?.[0]).toBe('title')
    expect((await client.index(wiped).fetchInfo()).primaryKey).toBe('id')
    const drift = await reindex.checkDrift(payload, client, wiped)
    expect(drift).toMatchObject({ missing: [], extra: [], stale: [] })
    await client.deleteIndex(wiped).waitTask({ timeout: 60_000 })
  })

  it('reports drift and a reindex swaps in a complete index with no drift', async () => {
    await client.index(uid).deleteDocuments(['procedure-1-vi', 'procedure-1-en']).waitTask({ timeout: 60_000 })
    await client.index(uid).addDocuments([{ id: 'procedure-999999-vi', type: 'procedure', locale: 'vi', title: 'ghost', updatedAt: '' }]).waitTask({ timeout: 60_000 })
    const drift = await reindex.checkDrift(payload, client, uid)
    expect(drift.missing).toEqual(expect.arrayContaining(['procedure-1-vi', 'procedure-1-en']))
    expect(drift.extra).toEqual(['procedure-999999-vi'])
    await reindex.reindexAll(payload, client, { uid })
    const after = await reindex.checkDrift(payload, client, uid)
    expect(after).toMatchObject({ missing: [], extra: [], stale: [] })
    expect(after.indexed).toBe(after.expected)
  })
})

describe('when Meilisearch is unreachable', () => {
  it('answers from PostgreSQL, without diacritics and through the vocabulary', async () => {
    const dead = new Meilisearch({ host: 'http://127.0.0.1:9', apiKey: 'x' })
    const result = await find('dang ky khai sinh', { type: 'procedure' }, dead)
    expect(result.engine).toBe('postgres')
    expect(result.hits.map((h) => h.plainTitle)).toContain('Thủ tục đăng ký khai sinh cho trẻ em')
    expect((await find('bang tai xe', { type: 'procedure' }, dead)).hits[0]!.plainTitle).toMatch(/giấy phép lái xe/i)
    expect((await find('1.000894', {}, dead)).hits[0]!.code).toBe('1.000894')
    expect((await find('', { type: 'decision' }, dead)).total).toBeGreaterThan(0)
    const byIssuer = await find('', { type: 'decision', ministry: 'bo-tu-phap' }, dead)
    expect(byIssuer.total).toBeGreaterThan(0)
    expect(byIssuer.hits.every((hit) => hit.ministry?.slug === 'bo-tu-phap')).toBe(true)
  })

  it('keeps the changes in the outbox and applies them all once Meilisearch is back', async () => {
    const port = 7700 + Math.floor(Math.random() * 40)
    const dataDir = `.data/test/meili-restart-${randomBytes(3).toString('hex')}`
    const key = 'restart-test-master-key-0123456789'
    let meili = await startEmbeddedMeilisearch({ dataDir, port, masterKey: key, log: () => {} })
    const own = new Meilisearch({ host: meili.url, apiKey: key })
    const ownIndex = `${uid}_restart`
    // The portal's settings and the two procedures the test changes are enough.
    await prepareIndex(own, ownIndex, {})
    const renamed = await procedureByCode('1.001612')
    const removed = await procedureByCode('1.001247')
    for (const { id } of [renamed, removed]) await payload.update({ collection: 'procedures', id, data: { sourceUrl: 'https://example.gov.vn/touched' } })
    await drain(own, ownIndex)
    expect(codes(await find('1.001247', {}, own, ownIndex))).toEqual(['1.001247'])
    await meili.stop()
    try {
      await payload.update({ collection: 'procedures', id: renamed.id, data: { name: 'Cấp bản sao trích lục hộ tịch khi Meilisearch ngủ' } })
      await payload.update({ collection: 'procedures', id: removed.id, data: { status: 'draft' } })
      const failed = await drainOutbox(payload, { client: own, uid: ownIndex })
      expect(failed.failed).toBeGreaterThan(0)
      meili = await startEmbeddedMeilisearch({ dataDir, port, masterKey: key, log: () => {} })
      // The failed rows wait for their retry time (1–2 s) before they are tried again.
      await payload.db.drizzle.execute(sql`UPDATE search_outbox SET available_at = now() WHERE processed_at IS NULL`)
      const caughtUp = await drain(own, ownIndex)
      expect(caughtUp.failed).toBe(0)
      const find2 = (q: string) => find(q, { type: 'procedure' }, own, ownIndex)
      expect((await find2('Meilisearch ngủ')).hits[0]!.code).toBe('1.001612')
      expect(codes(await find2('1.001247'))).toEqual([])
      const pending = await payload.db.drizzle.execute(sql`SELECT count(*)::int AS n FROM search_outbox WHERE processed_at IS NULL`)
      expect((pending as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0)
    } finally {
      await meili.stop()
    }
  })
})
