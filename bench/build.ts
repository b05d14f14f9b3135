/**
 * bench/build: a clean `next build` of the portal with the national data imported (wall time,
 * peak memory, prerendered pages), then `next start` on it and the latency of procedure pages
 * that were not prerendered: first request (render + cache fill) and again (cached).
 *
 *   npm run bench:build [-- --pages 200] [-- --prerender-all]
 */
import { parseArgs } from 'node:util'
import { readPrerenderedRoutes } from './lib/prerenderedRoutes'
import { measureRequests, summarize, type RequestFigures } from './lib/measureRequests'
import { runBench } from './lib/runBench'
import { pickEvenly, sitemapProcedures } from './lib/sitemapProcedures'
import { startBenchPortal } from './lib/startPortal'
import { mb, ms, printTable, seconds } from './lib/table'
import { timeCleanBuild, type BuildFigures } from './lib/timeCleanBuild'

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '200' },
    'prerender-all': { type: 'boolean', default: false },
  },
})
const pageCount = Number(args.pages)
if (!Number.isInteger(pageCount) || pageCount < 1) throw new Error(`--pages must be a positive whole number, got "${args.pages}"`)
// More than there are procedures: every published one is prerendered.
if (args['prerender-all']) process.env.PRERENDER_PROCEDURES = '1000000'

runBench(async () => {
  let build: BuildFigures | undefined
  const portal = await startBenchPortal({
    build: async (log) => {
      build = await timeCleanBuild(log)
    },
  })
  try {
    const prerendered = await readPrerenderedRoutes(portal.distDir)
    printTable('bench/build: clean next build (vi + en), national data imported', ['figure', 'value'], [
      ['PRERENDER_PROCEDURES', process.env.PRERENDER_PROCEDURES ?? '50 (default)'],
      ['wall time of next build', build ? seconds(build.wallMs) : '–'],
      ['peak RSS of the build process tree', build ? `${mb(build.peakBytes)} (${build.peakProcesses} processes)` : '–'],
      ['prerendered routes (prerender-manifest.json)', prerendered.routes.length],
      ['  of which procedure pages (vi + en)', `${prerendered.procedurePages} (${prerendered.procedureSlugs.size} procedures)`],
    ])

    const procedures = await sitemapProcedures(portal.url)
    const notPrerendered = procedures.filter((p) => !prerendered.procedureSlugs.has(p.slug))
    const chosen = pickEvenly(notPrerendered.length > 0 ? notPrerendered : procedures, pageCount)
    const kind = notPrerendered.length > 0 ? 'not prerendered' : 'prerendered (every procedure is)'
    console.log(`\n[bench] ${procedures.length} procedures in the sitemap, ${notPrerendered.length} not prerendered; requesting ${chosen.length} ${kind}, vi and en, one request at a time…`)
    const vi = await measureRequests('first request, vi', portal.url, chosen.map((p) => p.vi))
    const en = await measureRequests('first request, en', portal.url, chosen.map((p) => p.en))
    const first = combine('first request, both', vi, en)
    const again = await measureRequests('again (cached), both', portal.url, chosen.flatMap((p) => [p.vi, p.en]))
    printTable(
      `bench/build: latency of ${chosen.length} ${kind} procedure pages × 2 locales, one at a time, to the last byte, uncompressed (target: first request p95 < 300 ms)`,
      ['requests', 'count', 'p50', 'p95', 'max', 'not 200', 'x-nextjs-cache'],
      [vi, en, first, again].map((row) => {
        const { p50, p95, max } = summarize(row)
        return [row.label, row.times.length, ms(p50), ms(p95), ms(max), row.failures.length, [...row.cache].map(([value, n]) => `${value} ${n}`).join(', ')]
      }),
    )
    const failures = [...first.failures, ...again.failures]
    if (failures.length > 0) console.log(`\nNot answered 200 (first ${Math.min(10, failures.length)}):\n  ${failures.slice(0, 10).join('\n  ')}`)
  } finally {
    await portal.stop()
  }
})

function combine(label: string, a: RequestFigures, b: RequestFigures): RequestFigures {
  const cache = new Map(a.cache)
  for (const [key, n] of b.cache) cache.set(key, (cache.get(key) ?? 0) + n)
  return { label, times: [...a.times, ...b.times], failures: [...a.failures, ...b.failures], cache }
}
