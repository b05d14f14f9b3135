// @ts-check
// Loaded by Next.js at run time outside the bundler (see postgresCacheHandler.mjs): plain ESM.
import pg from 'pg'

/**
 * The shared cache lives in its own schema, so that it never meets Payload's tables and
 * Payload's migrations need not know about it. Times are milliseconds since the epoch, read
 * from the database clock, so that instances whose clocks differ still agree on what is newer.
 */
const schemaSql = `
  CREATE TABLE IF NOT EXISTS next_cache.entries (
    build_id text NOT NULL,
    key text NOT NULL,
    kind text NOT NULL,
    value bytea NOT NULL,
    tags text[] NOT NULL DEFAULT '{}',
    last_modified bigint NOT NULL,
    written_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (build_id, key)
  );
  CREATE TABLE IF NOT EXISTS next_cache.tags (
    tag text PRIMARY KEY,
    revalidated_at bigint NOT NULL
  );`

const nowMs = '(extract(epoch FROM clock_timestamp()) * 1000)::bigint'

/** Connections per instance: the cache makes one short query per lookup. */
const poolSize = 3

/**
 * @typedef {object} StoredEntry
 * @property {Buffer} value the encoded record
 * @property {number} lastModified when it was written (ms since the epoch)
 * @property {boolean} expired true when one of its tags was revalidated after it was written
 */

/**
 * @typedef {object} EntryToWrite
 * @property {string} buildId
 * @property {string} key
 * @property {string} kind
 * @property {Buffer} value the encoded record
 * @property {string[]} tags
 * @property {number} [lastModified] defaults to now; a build seed keeps its build time
 */

/** @type {Map<string, CacheStore>} */
const stores = new Map()

/**
 * The cache tables on the database at `connectionString`, through one small pool per process
 * (Next.js creates a handler per request). The tables are created on first use.
 * @param {string} connectionString
 */
export function openCacheStore(connectionString) {
  let store = stores.get(connectionString)
  if (!store) stores.set(connectionString, (store = new CacheStore(connectionString)))
  return store
}

class CacheStore {
  /** @param {string} connectionString */
  constructor(connectionString) {
    this.pool = new pg.Pool({
      connectionString,
      max: poolSize,
      // A cache that cannot answer quickly is worse than no cache: fail and render instead.
      connectionTimeoutMillis: 5_000,
      statement_timeout: 5_000,
      // Never keep a build worker or a script alive for the sake of idle connections.
      allowExitOnIdle: true,
    })
    this.pool.on('error', (error) => console.error(`[next-cache] idle PostgreSQL connection failed: ${error.message}`))
    /** @type {Promise<void> | undefined} */
    this.schema = undefined
  }

  /**
   * @param {string} sql
   * @param {unknown[]} [params]
   */
  async query(sql, params) {
    await (this.schema ??= this.createSchema().catch((error) => {
      this.schema = undefined
      throw error
    }))
    return this.pool.query(sql, params)
  }

  /** Creates the schema once; a lock keeps instances that start together from racing. */
  async createSchema() {
    const client = await this.pool.connect()
    try {
      const { rows } = await client.query("SELECT to_regclass('next_cache.entries') IS NOT NULL AND to_regclass('next_cache.tags') IS NOT NULL AS ready")
      if (rows[0].ready) return
      await client.query('BEGIN')
      await client.query("SELECT pg_advisory_xact_lock(hashtext('next_cache schema'))")
      // Checked first: CREATE SCHEMA IF NOT EXISTS still needs the right to create schemas.
      const { rowCount } = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = 'next_cache'")
      if (rowCount === 0) await client.query('CREATE SCHEMA next_cache')
      await client.query(schemaSql)
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }

  /**
   * The entry under `key` for this build, and whether any of its tags or `lookupTags` (the
   * tags and soft tags Next.js passes when it looks data up) was revalidated after it was written.
   * @param {string} buildId
   * @param {string} key
   * @param {string[]} lookupTags
   * @returns {Promise<StoredEntry | null>}
   */
  async readEntry(buildId, key, lookupTags) {
    const { rows } = await this.query(
      `SELECT e.value, e.last_modified,
         EXISTS (SELECT 1 FROM next_cache.tags t WHERE t.tag = ANY (e.tags || $3::text[]) AND t.revalidated_at > e.last_modified) AS expired
       FROM next_cache.entries e WHERE e.build_id = $1 AND e.key = $2`,
      [buildId, key, lookupTags],
    )
    const row = rows[0]
    return row ? { value: row.value, lastModified: Number(row.last_modified), expired: row.expired } : null
  }

  /**
   * Stores an entry, unless a newer one is already there.
   * @param {EntryToWrite} entry
   */
  async writeEntry({ buildId, key, kind, value, tags, lastModified }) {
    await this.query(
      `INSERT INTO next_cache.entries (build_id, key, kind, value, tags, last_modified)
       VALUES ($1, $2, $3, $4, $5, coalesce($6::bigint, ${nowMs}))
       ON CONFLICT (build_id, key) DO UPDATE
         SET kind = excluded.kind, value = excluded.value, tags = excluded.tags, last_modified = excluded.last_modified, written_at = now()
         WHERE next_cache.entries.last_modified <= excluded.last_modified`,
      [buildId, key, kind, value, tags, lastModified ?? null],
    )
  }

  /**
   * Records that these tags were revalidated now: every entry written before carries them stale.
   * @param {string[]} tags
   */
  async expireTags(tags) {
    await this.query(
      `INSERT INTO next_cache.tags (tag, revalidated_at)
       SELECT DISTINCT tag, ${nowMs} FROM unnest($1::text[]) AS tag
       ON CONFLICT (tag) DO UPDATE SET revalidated_at = greatest(next_cache.tags.revalidated_at, excluded.revalidated_at)`,
      [tags],
    )
  }

  /**
   * True when one of the tags was revalidated after `time`.
   * @param {string[]} tags
   * @param {number} time
   */
  async revalidatedSince(tags, time) {
    if (tags.length === 0) return false
    const { rows } = await this.query('SELECT EXISTS (SELECT 1 FROM next_cache.tags WHERE tag = ANY ($1::text[]) AND revalidated_at > $2) AS expired', [tags, time])
    return Boolean(rows[0].expired)
  }

  /**
   * Deletes entries of other builds that nobody has written for a day: instances of an older
   * build still running in a rolling deploy keep theirs meanwhile.
   * @param {string} buildId
   */
  async removeOldBuilds(buildId) {
    const { rowCount } = await this.query("DELETE FROM next_cache.entries WHERE build_id <> $1 AND written_at < now() - interval '1 day'", [buildId])
    return rowCount ?? 0
  }

  /** Closes the pool (tests, scripts). */
  async close() {
    for (const [url, store] of stores) if (store === this) stores.delete(url)
    await this.pool.end()
  }
}
