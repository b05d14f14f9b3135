// @ts-check
/**
 * The Next.js cache handler (`cacheHandler` in next.config.ts): ISR pages, route handler
 * responses and `unstable_cache` data live in PostgreSQL, shared by every instance of the
 * portal, and a tag revalidated on one instance is expired for all of them at once.
 * Decision and trade-offs: docs/adr/0005-shared-cache-in-postgres.md.
 *
 * Next.js loads this file with a native import(), in `next start` and in the build workers,
 * outside the bundler and without TypeScript: hence plain ESM, typed with JSDoc.
 *
 * Semantics follow Next's own file-system cache
 * (next/dist/server/lib/incremental-cache/file-system-cache.js): an entry is gone once one of
 * its tags — those it was stored with, the `x-next-cache-tags` of a page, or the soft
 * (implicit, path) tags Next.js passes on lookup — was revalidated after it was written.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { openCacheStore } from './cacheStore.mjs'
import { decodeCacheValue, encodeCacheValue } from './cacheValueCodec.mjs'

/**
 * @typedef {{ kind: string, tags?: string[], headers?: Record<string, unknown>, [field: string]: unknown }} CacheValue
 *   a page, route handler response or data entry, as Next.js hands it over
 * @typedef {{ revalidate: number | false, expire?: number }} CacheControl
 * @typedef {{ lastModified: number, value: CacheValue | null, cacheControl?: CacheControl }} CacheEntry
 * @typedef {{ kind: string, tags?: string[], softTags?: string[], isFallback?: boolean, isRoutePPREnabled?: boolean }} GetContext
 * @typedef {{ fetchCache?: boolean, tags?: string[], cacheControl?: CacheControl }} SetContext
 * @typedef {{ dev?: boolean, fs?: unknown, serverDistDir?: string, [field: string]: unknown }} HandlerContext
 */

const require = createRequire(import.meta.url)
/** @type {new (ctx: object) => { get(key: string, ctx: GetContext): Promise<CacheEntry | null> }} */
const FileSystemCache = /** @type {any} */ (require('next/dist/server/lib/incremental-cache/file-system-cache.js')).default
const responseKinds = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES'])
/** Next's NEXT_CACHE_TAGS_HEADER: the tags a page or route response was rendered with. */
const tagsHeader = 'x-next-cache-tags'

export default class PostgresCacheHandler {
  /** @param {HandlerContext} ctx */
  constructor(ctx) {
    const url = process.env.DATABASE_URL
    if (!url) {
      throw new Error(
        'DATABASE_URL is not set, and the Next.js cache is kept in PostgreSQL (lib/cache/postgresCacheHandler.mjs). ' +
          'Start the portal with `npm start`, which sets it, or set it yourself (see README, Configuration).',
      )
    }
    this.ctx = ctx
    this.store = openCacheStore(url)
  }

  /**
   * @param {string} key
   * @param {GetContext} ctx
   * @returns {Promise<CacheEntry | null>}
   */
  async get(key, ctx) {
    const buildId = buildIdOf(this.ctx)
    if (!buildId) return null
    try {
      const lookupTags = ctx.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : []
      const stored = await this.store.readEntry(buildId, key, lookupTags)
      if (stored) return stored.expired ? null : { ...toEntry(decodeCacheValue(stored.value)), lastModified: stored.lastModified }
      return responseKinds.has(ctx.kind) ? await this.getBuildSeed(buildId, key, ctx) : null
    } catch (error) {
      // A failing cache must not fail the page: render it instead.
      console.error(`[next-cache] could not read ${key}: ${error instanceof Error ? error.message : String(error)}`)
      return null
    }
  }

  /**
   * @param {string} key
   * @param {CacheValue | null} data
   * @param {SetContext} ctx
   */
  async set(key, data, ctx) {
    const buildId = buildIdOf(this.ctx)
    // Like the file-system cache, nothing is stored for an empty value.
    if (!buildId || !data) return
    const tags = ctx.fetchCache ? (ctx.tags ?? []) : tagsOf(data)
    const value = ctx.fetchCache ? { ...data, tags } : data
    const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl
    await this.store.writeEntry({ buildId, key, kind: data.kind, value: encodeCacheValue({ value, cacheControl }), tags })
    removeOldBuildsOnce(this.store, buildId)
  }

  /**
   * Expires the tags on every instance. Next.js also passes the profile's durations; a later
   * `expire` (stale-while-revalidate, e.g. 'max') expires at once here too, because a handler
   * can only answer "entry" or "no entry": other instances could not serve it as stale.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : tags
    if (list.length > 0) await this.store.expireTags(list)
  }

  /** No per-request memory to reset: every lookup asks the database. */
  resetRequestCache() {}

  /**
   * Pages prerendered by `next build` are written as files in .next, not through this handler.
   * Every instance of a build has the same files, so the first lookup of such a page reads
   * them with Next's own file-system cache (read only), and shares the result through the
   * database, keeping the build time as its time so that later revalidations still apply.
   * @param {string} buildId
   * @param {string} key
   * @param {GetContext} ctx
   * @returns {Promise<CacheEntry | null>}
   */
  async getBuildSeed(buildId, key, ctx) {
    if (!this.ctx.fs || !this.ctx.serverDistDir) return null
    const files = new FileSystemCache({ fs: this.ctx.fs, serverDistDir: this.ctx.serverDistDir, flushToDisk: false, revalidatedTags: [] })
    const seed = await files.get(key, ctx)
    if (!seed?.value) return null
    const tags = tagsOf(seed.value)
    if (await this.store.revalidatedSince(tags, seed.lastModified)) return null
    const record = { value: seed.value, cacheControl: seed.cacheControl }
    await this.store.writeEntry({ buildId, key, kind: seed.value.kind, value: encodeCacheValue(record), tags, lastModified: seed.lastModified })
    return { ...record, lastModified: seed.lastModified }
  }
}

/**
 * @param {unknown} record
 * @returns {Omit<CacheEntry, 'lastModified'>}
 */
function toEntry(record) {
  const { value, cacheControl } = /** @type {{ value: CacheValue, cacheControl?: CacheControl }} */ (record)
  return cacheControl ? { value, cacheControl } : { value }
}

/**
 * The tags a value was stored with: those of a data entry, or a page's response header.
 * @param {CacheValue} value
 * @returns {string[]}
 */
function tagsOf(value) {
  if (value.kind === 'FETCH') return value.tags ?? []
  const header = value.headers?.[tagsHeader]
  return typeof header === 'string' && header ? header.split(',') : []
}

/** @type {Map<string, string>} */
const buildIds = new Map()

/**
 * Entries are kept per build (pages refer to that build's scripts and styles), so that
 * instances of two builds can share a database during a rolling deploy. Undefined until
 * `next build` has written BUILD_ID: early build steps then simply do not cache.
 * @param {HandlerContext} ctx
 * @returns {string | undefined}
 */
function buildIdOf(ctx) {
  if (ctx.dev) return 'development'
  if (!ctx.serverDistDir) return undefined
  const file = path.join(ctx.serverDistDir, '..', 'BUILD_ID')
  let id = buildIds.get(file)
  if (!id) {
    try {
      id = readFileSync(file, 'utf8').trim()
      buildIds.set(file, id)
    } catch {
      return undefined
    }
  }
  return id
}

/** @type {Set<string>} */
const sweptBuilds = new Set()

/**
 * Once per process: forget entries of builds no instance has written for a day.
 * @param {ReturnType<typeof openCacheStore>} store
 * @param {string} buildId
 */
function removeOldBuildsOnce(store, buildId) {
  if (sweptBuilds.has(buildId)) return
  sweptBuilds.add(buildId)
  store.removeOldBuilds(buildId).catch((error) => console.error(`[next-cache] could not remove old builds' entries: ${error.message}`))
}
