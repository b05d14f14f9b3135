/**
 * `npm run bench:search-quality`: how well search ranks the procedure a citizen wants, on the
 * labelled development set bench/search-quality/queries.json. Prints MRR@10 and Recall@5 per
 * style (official wording, no diacritics, typos, everyday words) and the queries that miss.
 *
 * Uses the benchmark services (.data/bench-site): migrates, imports the catalogue and the
 * vocabulary when missing, and rebuilds the index when asked (--reindex, after changing
 * settings or how documents are built; --refresh-vocabulary also reloads the starter vocabulary).
 * --engine postgres measures the fallback instead.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { startSearchBenchServices } from './lib/searchBenchServices'
import { printTable } from './lib/table'
import { searchMeilisearch } from '../lib/search/searchMeilisearch'
import { searchPostgres } from '../lib/search/searchPostgres'
import type { SearchQuery } from '../lib/search/types'

interface LabelledQuery {
  q: string
  style: string
  relevant: string[]
  note?: string
}

const { values } = parseArgs({
  options: {
    reindex: { type: 'boolean', default: false },
    'refresh-vocabulary': { type: 'boolean', default: false },
    engine: { type: 'string', default: 'meilisearch' },
    file: { type: 'string', default: 'bench/search-quality/queries.json' },
    misses: { type: 'string', default: '40' },
  },
})

/** 1/rank of the first relevant hit in the top 10, else 0. */
export const reciprocalRank = (ranked: string[], relevant: string[]) => {
  const rank = ranked.slice(0, 10).findIndex((code) => relevant.includes(code))
  return rank === -1 ? 0 : 1 / (rank + 1)
}

/** Share of the relevant codes (at most five) found in the top 5. */
export const recallAt5 = (ranked: string[], relevant: string[]) =>
  ranked.slice(0, 5).filter((code) => relevant.includes(code)).length / Math.min(5, relevant.length)

const { queries } = JSON.parse(await readFile(values.file, 'utf8')) as { queries: LabelledQuery[] }
const { payload, client, stop } = await startSearchBenchServices({ reindex: values.reindex, refreshVocabulary: values['refresh-vocabulary'] })
try {
  const results: { query: LabelledQuery; ranked: string[]; rr: number; recall: number; ms: number }[] = []
  for (const query of queries) {
    const request: SearchQuery = { q: query.q, type: 'procedure', page: 1, limit: 10, locale: 'vi' }
    const started = performance.now()
    const response = values.engine === 'postgres' ? await searchPostgres(payload, request) : await searchMeilisearch(client, request)
    const ranked = response.hits.map((hit) => hit.code ?? '')
    results.push({ query, ranked, rr: reciprocalRank(ranked, query.relevant), recall: recallAt5(ranked, query.relevant), ms: performance.now() - started })
  }
  const styles = [...new Set(queries.map((q) => q.style)), 'all']
  const rows = styles.map((style) => {
    const group = results.filter((r) => style === 'all' || r.query.style === style)
    const mean = (pick: (r: (typeof results)[number]) => number) => group.reduce((sum, r) => sum + pick(r), 0) / group.length
    return [style, group.length, mean((r) => r.rr).toFixed(3), mean((r) => r.recall).toFixed(3), group.filter((r) => r.rr === 1).length, group.filter((r) => r.rr === 0).length]
  })
  printTable(`bench/search-quality: procedures tab, engine ${values.engine} (target MRR@10 ≥ 0.9)`, ['style', 'queries', 'MRR@10', 'Recall@5', 'first hit right', 'none in top 10'], rows)
  const misses = results.filter((r) => r.rr < 1).sort((a, b) => a.rr - b.rr).slice(0, Number(values.misses))
  if (misses.length) {
    console.log(`\nQueries whose best answer is not first (worst ${misses.length}):`)
    for (const miss of misses) {
      console.log(`  [${miss.query.style}] "${miss.query.q}" RR ${miss.rr.toFixed(2)}; wanted ${miss.query.relevant.slice(0, 3).join(', ')}${miss.query.relevant.length > 3 ? ' …' : ''}; got ${miss.ranked.slice(0, 3).join(', ')}`)
    }
  }
} finally {
  await stop()
}
