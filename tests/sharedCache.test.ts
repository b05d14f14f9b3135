import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { nodeFs } from 'next/dist/server/lib/node-fs-methods'
import { getRouteCacheKey, type ResponseCacheOwner } from 'next/dist/server/lib/route-cache-key'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'
import { createTestDatabase } from './helpers/createTestDatabase'

type Handler = InstanceType<typeof import('@/lib/cache/postgresCacheHandler.mjs').default>

const folders: string[] = []
const handlers: Handler[] = []

/** The `.next/server` folder of a build: its BUILD_ID and, optionally, prerendered files. */
async function buildFolder(buildId?: string): Promise<string> {
  const distDir = await mkdtemp(path.join(os.tmpdir(), 'next-cache-'))
  folders.push(distDir)
  if (buildId) await writeFile(path.join(distDir, 'BUILD_ID'), buildId)
  return path.join(distDir, 'server')
}

/**
 * A handler as one `next start` process holds it: a fresh copy of the module, so that
 * instances share nothing but the database (no pool, no memory).
 */
async function startInstance(serverDistDir: string): Promise<Handler> {
  vi.resetModules()
  const { default: PostgresCacheHandler } = await import('@/lib/cache/postgresCacheHandler.mjs')
  const handler = new PostgresCacheHandler({ serverDistDir, fs: nodeFs, revalidatedTags: [] })
  handlers.push(handler)
  return handler
}

const pageLookup = { kind: 'APP_PAGE', isFallback: false }

/** A build that prerendered /vi/thu-tuc/<slug> an hour ago, laid out as `next build` writes it. */
async function prerenderedBuild(buildId: string, slug: string) {
  const owner = { kind: 'APP_PAGE', sourceRoute: '/(site)/[locale]/thu-tuc/[slug]/page' } as unknown as ResponseCacheOwner
  const key = getRouteCacheKey(`/vi/thu-tuc/${slug}`, owner)
  const serverDistDir = await buildFolder(buildId)
  const file = path.join(serverDistDir, 'app/vi/thu-tuc', slug)
  const headers = { 'x-next-cache-tags': `_N_T_/vi/thu-tuc/${slug},procedure:${slug}` }
  await mkdir(`${file}.segments`, { recursive: true })
  await writeFile(`${file}.rsc`, allBytes)
  await writeFile(`${file}.segments/_tree.segment.rsc`, Buffer.from([7, 0, 7]))
  await writeFile(`${file}.meta`, JSON.stringify({ headers, segmentPaths: ['/_tree'], routeCache: { key, owner, isFallback: false } }))
  await writeFile(`${file}.html`, `<h1>${slug}</h1>`)
  const builtAt = new Date(Date.now() - 3_600_000)
  await utimes(`${file}.html`, builtAt, builtAt)
  return { key, serverDistDir, headers, builtAt: builtAt.getTime() }
}

const data = (body: unknown) => ({ kind: 'FETCH', data: { headers: {}, body: JSON.stringify(body), url: '' }, revalidate: 31_536_000 })
const lookup = (tags: string[], softTags: string[] = []) => ({ kind: 'FETCH', tags, softTags })
const asData = (tags: string[]) => ({ fetchCache: true, tags })
const allBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i))

let serverDistDir: string
let a: Handler
let b: Handler

beforeAll(async () => {
  process.env.DATABASE_URL = await createTestDatabase(inject('databaseUrl'))
  serverDistDir = await buildFolder('build-1')
  ;[a, b] = await Promise.all([startInstance(serverDistDir), startInstance(serverDistDir)])
})

afterAll(async () => {
  await Promise.all(handlers.map((h) => h.store.close().catch(() => undefined)))
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })))
})

describe('the PostgreSQL cache handler shared by two instances', () => {
  it('serves on one instance the data another one cached', async () => {
    await a.set('data-1', data({ name: 'Đăng ký khai sinh' }), asData(['procedures', 'procedure:dang-ky-khai-sinh']))
    const entry = await b.get('data-1', lookup(['procedures', 'procedure:dang-ky-khai-sinh']))
    expect(entry?.value).toEqual({ ...data({ name: 'Đăng ký khai sinh' }), tags: ['procedures', 'procedure:dang-ky-khai-sinh'] })
    expect(entry?.lastModified).toBeGreaterThan(Date.now() - 60_000)
  })

  it('expires an entry on every instance as soon as one instance revalidates its tag', async () => {
    await a.set('data-2', data('old'), asData(['procedure:dang-ky-ket-hon']))
    await a.set('data-3', data('other'), asData(['procedure:dang-ky-khai-tu']))
    await b.revalidateTag('procedure:dang-ky-ket-hon')
    expect(await a.get('data-2', lookup(['procedure:dang-ky-ket-hon']))).toBeNull()
    expect(await b.get('data-2', lookup(['procedure:dang-ky-ket-hon']))).toBeNull()
    expect((await a.get('data-3', lookup(['procedure:dang-ky-khai-tu'])))?.value).toMatchObject({ data: { body: '"other"' } })

    await b.set('data-2', data('new'), asData(['procedure:dang-ky-ket-hon']))
    expect((await a.get('data-2', lookup(['procedure:dang-ky-ket-hon'])))?.value).toMatchObject({ data: { body: '"new"' } })
  })

  it('expires data read under a path when that path (a soft tag) is revalidated', async () => {
    await a.set('data-4', data('sitemap'), asData(['sitemap']))
    const underPath = lookup(['sitemap'], ['_N_T_/layout', '_N_T_/sitemap.xml'])
    expect(await b.get('data-4', underPath)).not.toBeNull()
    await a.revalidateTag(['_N_T_/sitemap.xml'])
    expect(await b.get('data-4', underPath)).toBeNull()
    // Soft tags belong to the lookup: the same data read under another path is still valid.
    expect(await b.get('data-4', lookup(['sitemap'], ['_N_T_/layout']))).not.toBeNull()
  })

  it('keeps a page byte for byte: HTML, RSC payload, segments, headers and lifetime', async () => {
    const page = {
      kind: 'APP_PAGE',
      html: '<h1>Thủ tục đăng ký khai sinh</h1>\u0000',
      rscData: allBytes,
      segmentData: new Map([['/_tree', Buffer.from([0, 255, 1])], ['/_full', allBytes]]),
      headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/vi/thu-tuc/dang-ky-khai-sinh,procedure:dang-ky-khai-sinh', 'x-nextjs-stale-time': '300' },
      status: 200,
      postponed: undefined,
    }
    await a.set('/route-cache/APP_PAGE/x/$/vi/thu-tuc/dang-ky-khai-sinh', page, { cacheControl: { revalidate: false } })
    const entry = await b.get('/route-cache/APP_PAGE/x/$/vi/thu-tuc/dang-ky-khai-sinh', { kind: 'APP_PAGE', isFallback: false })
    expect(entry?.value).toEqual(page)
    expect(Buffer.isBuffer(entry?.value?.rscData) && (entry.value.rscData as Buffer).equals(allBytes)).toBe(true)
    expect(entry?.value?.segmentData).toBeInstanceOf(Map)
    expect(entry?.cacheControl).toEqual({ revalidate: false })

    await b.revalidateTag('_N_T_/vi/thu-tuc/dang-ky-khai-sinh')
    expect(await a.get('/route-cache/APP_PAGE/x/$/vi/thu-tuc/dang-ky-khai-sinh', { kind: 'APP_PAGE', isFallback: false })).toBeNull()
  })

  it('keeps the binary body of a route handler response', async () => {
    const route = { kind: 'APP_ROUTE', body: allBytes, status: 200, headers: { 'content-type': 'application/octet-stream', 'x-next-cache-tags': 'sitemap' } }
    await a.set('/route-cache/APP_ROUTE/y/$/sitemap.xml', route, { cacheControl: { revalidate: 3600, expire: 31_536_000 } })
    const entry = await b.get('/route-cache/APP_ROUTE/y/$/sitemap.xml', { kind: 'APP_ROUTE', isFallback: false })
    expect((entry?.value?.body as Buffer).equals(allBytes)).toBe(true)
  })

  it('does not serve entries of another build, while revalidations reach every build', async () => {
    const other = await startInstance(await buildFolder('build-2'))
    await a.set('data-5', data('build 1'), asData(['catalogs']))
    expect(await other.get('data-5', lookup(['catalogs']))).toBeNull()
    await other.set('data-5', data('build 2'), asData(['catalogs']))
    expect((await a.get('data-5', lookup(['catalogs'])))?.value).toMatchObject({ data: { body: '"build 1"' } })

    await other.revalidateTag('catalogs')
    expect(await a.get('data-5', lookup(['catalogs']))).toBeNull()
  })

  it('caches nothing before the build has an id (early build steps)', async () => {
    const early = await startInstance(await buildFolder())
    await early.set('data-6', data('early'), asData([]))
    expect(await early.get('data-6', lookup([]))).toBeNull()
  })

  it('serves a page prerendered by next build from the build output, then from the database', async () => {
    const built = await prerenderedBuild('build-3', 'dang-ky-thuong-tru')
    const first = await startInstance(built.serverDistDir)
    const seeded = await first.get(built.key, pageLookup)
    expect(seeded?.value).toMatchObject({ kind: 'APP_PAGE', html: '<h1>dang-ky-thuong-tru</h1>', headers: built.headers })
    expect(seeded?.lastModified).toBe(built.builtAt)

    // Same build, no files: only the database can answer.
    const second = await startInstance(await buildFolder('build-3'))
    const shared = await second.get(built.key, pageLookup)
    expect((shared?.value?.rscData as Buffer).equals(allBytes)).toBe(true)
    expect(shared?.lastModified).toBe(built.builtAt)
  })

  it('does not serve a prerendered page whose tags were revalidated after the build', async () => {
    const built = await prerenderedBuild('build-4', 'dang-ky-tam-tru')
    const instance = await startInstance(built.serverDistDir)
    await instance.revalidateTag('procedure:dang-ky-tam-tru')
    expect(await instance.get(built.key, pageLookup)).toBeNull()
  })

  it('creates its tables once when instances start together on an empty database', async () => {
    process.env.DATABASE_URL = await createTestDatabase(inject('databaseUrl'))
    const dist = await buildFolder('build-5')
    const instances = await Promise.all([1, 2, 3].map(() => startInstance(dist)))
    await Promise.all(instances.map((h, i) => h.revalidateTag(`tag-${i}`)))
    await instances[0].set('data-7', data('ok'), asData(['tag-0']))
    expect(await instances[2].get('data-7', lookup(['tag-0']))).not.toBeNull()
  })

  it('refuses to start without DATABASE_URL, saying how to set it', async () => {
    const url = process.env.DATABASE_URL
    delete process.env.DATABASE_URL
    try {
      await expect(startInstance(serverDistDir)).rejects.toThrow(/DATABASE_URL is not set.*npm start/)
    } finally {
      process.env.DATABASE_URL = url
    }
  })
})
