/**
 * `npm run bench:search`: the search API under load. autocannon sends varied real queries (the
 * development set's and words of real procedure names) to GET /api/search at 20 and 50
 * connections, and the same searches straight to Meilisearch (POST /multi-search, the request
 * the API makes), on the real catalogue and on a generated 50,000-procedure catalogue. Prints
 * req/s and p50/p95/p99 for both, the API's p50 over Meilisearch's, index build times and
 * Meilisearch's memory. Targets: p95 ≤ 30 ms at 20 connections on the real catalogue; the API
 * adds at most 2× over Meilisearch.
 *
 * Every connection sends its next request as soon as it is answered, so at 20 and 50 connections
 * the machine is saturated and latency is mostly queueing for its CPUs. One connection shows the
 * time of a single search with no queue. A last row per catalogue shows the API's cost without a
 * search (a request refused with 400 after the rate limiter): the floor of Next.js and the limiter.
 *
 * Options: --seconds 10 (per run), --skip-generated (real catalogue only), --generated 50000.
 */
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Meilisearch } from 'meilisearch'
import type { SearchDocument } from '../lib/search/documents'
import { getMeiliClient } from '../lib/search/getMeiliClient'
import { liveIndexName } from '../lib/search/indexSettings'
import { prepareIndex } from '../lib/search/meiliIndex'
import { reindexAll } from '../lib/search/reindex'
import { searchRequests } from '../lib/search/searchMeilisearch'
import { spawnNext } from '../scripts/portal/runNext'
import { loadPayload } from '../lib/payload/loadPayload'
import { type LoadFigures, loadTest } from './lib/loadTest'
import { startBenchPortal } from './lib/startPortal'
import { stopChild } from './lib/stopChild'
import { mb, ms, printTable } from './lib/table'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    generated: { type: 'string', default: '50000' },
    'skip-generated': { type: 'boolean', default: false },
  },
})
const seconds = Number(values.seconds)

// Requests come from 5,000 citizens behind one load balancer (X-Forwarded-For, one trusted hop):
// the rate limiter counts each in PostgreSQL as in production, and none reaches the limit.
process.env.TRUSTED_PROXY_HOPS = '1'
const CLIENTS = 5_000
const clientOf = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
const portal = await startBenchPortal()

/** Varied queries: the development set's, and two or three words from real procedure names. */
async function queries(client: Meilisearch, uid: string): Promise<string[]> {
  const { queries: labelled } = JSON.parse(await readFile('bench/search-quality/queries.json', 'utf8')) as { queries: { q: string }[] }
  const { results } = await client.index<SearchDocument>(uid).getDocuments({ fields: ['title'], limit: 300, filter: 'type = procedure AND locale = vi' })
  const fromNames = results.map((doc, i) => doc.title.split(/\s+/).slice(1 + (i % 3), 3 + (i % 3) + (i % 2)).join(' ')).filter((q) => q.length > 3)
  return [...labelled.map((l) => l.q), ...fromNames]
}

function meiliMemory(): number {
  const pidFile = path.resolve(process.env.DATA_DIR ?? '.data/bench-site', 'meilisearch', 'meilisearch.pid')
  const pid = readFileSync(pidFile, 'utf8').trim()
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))
  return Number(line?.match(/\d+/)?.[0] ?? Number.NaN) * 1024
}

async function measure(catalogue: string, apiUrl: string, client: Meilisearch, uid: string, rows: (string | number)[][]) {
  const list = await queries(client, uid)
  let i = 0
  const api = () => {
    const n = i++
    return { path: `/api/search?q=${encodeURIComponent(list[n % list.length]!)}`, headers: { 'x-forwarded-for': clientOf(n % CLIENTS) } }
  }
  const meili = () => ({ body: JSON.stringify({ queries: searchRequests({ q: list[i++ % list.length]!, page: 1, limit: 10, locale: 'vi' }, uid, 'all') }) })
  const meiliTarget = {
    url: `${process.env.MEILI_URL}/multi-search`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.MEILI_MASTER_KEY}` },
    next: meili,
  }
  const row = (label: string, load: string, f: LoadFigures) =>
    rows.push([catalogue, label, load, Math.round(f.requestsPerSecond), ms(f.p50), ms(f.p95), ms(f.p99), f.errors + f.non2xx])
  const compare = async (load: string, connections: number) => {
    const viaApi = await loadTest('API', apiUrl, { connections, seconds, next: api })
    const direct = await loadTest('Meilisearch', meiliTarget.url, { connections, seconds, ...meiliTarget })
    row('API', load, viaApi)
    row('Meilisearch', load, direct)
    rows.push([catalogue, 'API ÷ Meilisearch (p50)', load, '', `${(viaApi.p50 / direct.p50).toFixed(2)}×`, '', '', ''])
  }
  // Warm-up: caches, JIT, connections.
  await loadTest('warm-up', apiUrl, { connections: 10, seconds, next: api })
  for (const connections of [20, 50, 1]) await compare(String(connections), connections)
  let n = 0
  const refused = () => ({ path: '/api/search?page=0', headers: { 'x-forwarded-for': clientOf(n++ % CLIENTS) } })
  const floor = await loadTest('floor', apiUrl, { connections: 20, seconds, next: refused })
  // The 400s are the point of this row: count only failures to answer.
  row('API without search (400)', '20', { ...floor, non2xx: 0 })
}

/** A bigger catalogue: real procedure entries copied with new ids and varied titles, in their own index. */
async function buildGenerated(client: Meilisearch, uid: string, size: number): Promise<number> {
  const source: SearchDocument[] = []
  for (let offset = 0; ; offset += 1000) {
    const page = await client.index<SearchDocument>(liveIndexName()).getDocuments({ limit: 1000, offset, filter: 'type = procedure AND locale = vi' })
    source.push(...page.results)
    if (page.results.length < 1000) break
  }
  const places = ['tại cấp tỉnh', 'tại cấp xã', 'cho tổ chức', 'cho cá nhân', 'có yếu tố nước ngoài', 'trong khu kinh tế', 'lần đầu', 'điều chỉnh', 'gia hạn', 'cấp lại']
  await prepareIndex(client, uid, {})
  const started = performance.now()
  const batch: SearchDocument[] = []
  const tasks = []
  for (let n = 0; n < size; n++) {
    const doc = source[n % source.length]!
    const copy = Math.floor(n / source.length)
    batch.push({ ...doc, id: `procedure-g${n}-vi`, docId: `g${n}`, code: `${doc.code}.${copy}`, title: copy ? `${doc.title} (${places[copy % places.length]})` : doc.title })
    if (batch.length === 5000) tasks.push(client.index(uid).addDocuments(batch.splice(0)))
  }
  if (batch.length) tasks.push(client.index(uid).addDocuments(batch.splice(0)))
  for (const task of tasks) await task.waitTask({ timeout: 1_800_000 })
  return (performance.now() - started) / 1000
}

try {
  const client = getMeiliClient()!
  const payload = await loadPayload()
  const rows: (string | number)[][] = []
  const real = await reindexAll(payload, client, {})
  const facts: (string | number)[][] = [['real', real.documents, `${real.seconds.toFixed(1)} s`, mb(meiliMemory())]]
  await measure('real', `${portal.url}`, client, liveIndexName(), rows)
  if (!values['skip-generated']) {
    const size = Number(values.generated)
    const prefix = 'benchgen_'
    const uid = `${prefix}portal`
    const built = await buildGenerated(client, uid, size)
    facts.push([`generated`, size, `${built.toFixed(1)} s`, mb(meiliMemory())])
    // A second server reading the generated index (MEILI_INDEX_PREFIX), on the next port.
    const port = Number(new URL(portal.url).port) + 1
    process.env.MEILI_INDEX_PREFIX = prefix
    process.env.SEARCH_WORKER = 'off'
    const second = spawnNext(['start', '-p', String(port)], '[next generated]')
    portal.onStop(() => stopChild(second))
    for (let tries = 0; tries < 120 && !(await fetch(`http://localhost:${port}/api/health`).then((r) => r.ok).catch(() => false)); tries++) await new Promise((r) => setTimeout(r, 250))
    await measure(`generated ${size.toLocaleString('en')}`, `http://localhost:${port}`, client, uid, rows)
    await client.deleteIndex(uid).waitTask({ timeout: 300_000 })
  }
  printTable('bench/search: indexes', ['catalogue', 'entries', 'build time', 'Meilisearch RSS after'], facts)
  printTable(`bench/search: ${seconds} s per run (targets: API p95 ≤ 30 ms at 20 connections on the real catalogue; API p50 ≤ 2× Meilisearch's)`, ['catalogue', 'target', 'connections', 'req/s', 'p50', 'p95', 'p99', 'errors'], rows)
} finally {
  await portal.stop()
}
