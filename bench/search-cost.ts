/**
 * `npm run bench:search-cost`: what each part of a search costs Meilisearch, one query at a
 * time (no concurrency), on the live index. For every variant of the request it prints the mean
 * and p95 of Meilisearch's own processingTimeMs over the development set's queries and words of
 * real procedure names. A copy of the index without synonyms shows what the vocabulary costs.
 *
 * Uses the benchmark services (.data/bench-site), like bench:search-quality.
 */
import { readFile } from 'node:fs/promises'
import type { Meilisearch, MultiSearchQuery } from 'meilisearch'
import type { SearchDocument } from '../lib/search/documents'
import { liveIndexName } from '../lib/search/indexSettings'
import { searchRequests } from '../lib/search/searchMeilisearch'
import { startSearchBenchServices } from './lib/searchBenchServices'
import { ms, printTable } from './lib/table'

async function queries(client: Meilisearch, uid: string): Promise<string[]> {
  const { queries: labelled } = JSON.parse(await readFile('bench/search-quality/queries.json', 'utf8')) as { queries: { q: string }[] }
  const { results } = await client.index<SearchDocument>(uid).getDocuments({ fields: ['title'], limit: 200, filter: 'type = procedure AND locale = vi' })
  const fromNames = results.map((doc, i) => doc.title.split(/\s+/).slice(1 + (i % 3), 3 + (i % 3) + (i % 2)).join(' ')).filter((q) => q.length > 3)
  return [...labelled.map((l) => l.q), ...fromNames]
}

type Variant = [label: string, build: (q: string, uid: string) => MultiSearchQuery[]]

const { client, stop } = await startSearchBenchServices()
const live = liveIndexName()
const list = await queries(client, live)

const request = (q: string, uid: string, type?: 'procedure') => searchRequests({ q, type, page: 1, limit: 10, locale: 'vi' }, uid)
const main = (q: string, uid: string) => request(q, uid)[0]!
const variants: Variant[] = [
  ['as the API, all types', (q, uid) => request(q, uid)],
  ['as the API, procedures tab (+ counts per type)', (q, uid) => request(q, uid, 'procedure')],
  ['no facets', (q, uid) => [{ ...main(q, uid), facets: undefined }]],
  ['+ match positions', (q, uid) => [{ ...main(q, uid), showMatchesPosition: true }]],
  ['+ crop of documents and results', (q, uid) => [{ ...main(q, uid), attributesToCrop: ['body', 'documents', 'results'] }]],
  ['no crop', (q, uid) => [{ ...main(q, uid), attributesToCrop: undefined }]],
  ['no highlight', (q, uid) => [{ ...main(q, uid), attributesToHighlight: undefined }]],
  ['no highlight, crop or positions', (q, uid) => [{ ...main(q, uid), attributesToCrop: undefined, attributesToHighlight: undefined, showMatchesPosition: false }]],
  ['bare: q, locale filter, ids', (q, uid) => [{ indexUid: uid, q, filter: ['locale = "vi"'], limit: 10, attributesToRetrieve: ['id'] }]],
  ['bare, matchingStrategy last', (q, uid) => [{ indexUid: uid, q, filter: ['locale = "vi"'], limit: 10, attributesToRetrieve: ['id'], matchingStrategy: 'last' }]],
]

async function timed(queriesOf: (q: string) => MultiSearchQuery[]): Promise<{ mean: number; p95: number; worst: [string, number] }> {
  const times: number[] = []
  let worst: [string, number] = ['', 0]
  for (const q of list) {
    const { results } = await client.multiSearch({ queries: queriesOf(q) })
    const t = results.reduce((sum, r) => sum + (r.processingTimeMs ?? 0), 0)
    times.push(t)
    if (t > worst[1]) worst = [q, t]
  }
  times.sort((a, b) => a - b)
  return { mean: times.reduce((a, b) => a + b, 0) / times.length, p95: times[Math.floor(times.length * 0.95)]!, worst }
}

const rows: (string | number)[][] = []
const copy = `${live}_nosyn`
// A copy without synonyms: same documents and settings.
const settings = await client.index(live).getSettings()
await client.deleteIndex(copy).waitTask().catch(() => undefined)
await client.createIndex(copy, { primaryKey: 'id' }).waitTask()
await client.index(copy).updateSettings({ ...settings, synonyms: {} }).waitTask()
for (let offset = 0; ; offset += 2000) {
  const page = await client.index(live).getDocuments({ limit: 2000, offset })
  if (page.results.length) await client.index(copy).addDocuments(page.results).waitTask({ timeout: 600_000 })
  if (page.results.length < 2000) break
}
try {
  for (const [label, build] of variants) {
    for (const uid of [live, copy]) {
      await timed((q) => build(q, uid)) // warm
      const r = await timed((q) => build(q, uid))
      rows.push([label, uid === live ? 'yes' : 'no', ms(r.mean), ms(r.p95), `${r.worst[0]} (${r.worst[1]} ms)`])
    }
  }
} finally {
  await client.deleteIndex(copy).waitTask()
  await stop()
}
printTable(`Meilisearch processingTimeMs per request, ${list.length} queries, one at a time`, ['request', 'synonyms', 'mean', 'p95', 'slowest'], rows)
