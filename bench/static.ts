/**
 * bench/static: throughput and latency of a procedure page served by `next start` (production
 * build) under autocannon, against the same HTML saved to disk and served by nginx.
 *
 *   npm run bench:static [-- --connections 50 --seconds 10 --encoding both|gzip|identity] [-- --url http://localhost:3000]
 */
import { parseArgs } from 'node:util'
import { benchPage } from './pages'
import { loadTest, type LoadFigures } from './lib/loadTest'
import { serveWithNginx } from './lib/nginx'
import { runBench } from './lib/runBench'
import { startBenchPortal, type BenchPortal } from './lib/startPortal'
import { kb, ms, printTable } from './lib/table'
import { timedGet } from './lib/timedGet'

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    encoding: { type: 'string', default: 'both' },
    'nginx-workers': { type: 'string', default: '1' },
  },
})
const connections = positive('connections')
const seconds = positive('seconds')
const warmup = Number(args.warmup)
const nginxWorkers = positive('nginx-workers')
const encodings = args.encoding === 'both' ? ['identity', 'gzip'] : [args.encoding ?? '']
if (!encodings.every((e) => e === 'identity' || e === 'gzip')) throw new Error(`--encoding must be both, gzip or identity, got "${args.encoding}"`)

runBench(async () => {
  const portal: BenchPortal | undefined = args.url ? undefined : await startBenchPortal()
  const origin = (args.url ?? portal?.url ?? '').replace(/\/$/, '')
  try {
    const pagePath = await benchPage('procedure').path(origin)
    const page = await timedGet(`${origin}${pagePath}`)
    if (page.status !== 200) throw new Error(`${origin}${pagePath} answered ${page.status}`)
    const gzipProbe = await timedGet(`${origin}${pagePath}`, { 'accept-encoding': 'gzip' })
    console.log(`[bench] ${origin}${pagePath}: ${kb(Buffer.byteLength(page.body))} of HTML; with Accept-Encoding: gzip Next.js answers content-encoding: ${gzipProbe.headers['content-encoding'] ?? 'none'}`)
    const nginx = await serveWithNginx(page.body, nginxWorkers)
    portal?.onStop(nginx.stop)
    const rows: LoadFigures[] = []
    try {
      for (const encoding of encodings) {
        const headers: Record<string, string> = encoding === 'gzip' ? { 'accept-encoding': 'gzip' } : {}
        for (const [server, url] of [['Next.js', `${origin}${pagePath}`], ['nginx', `${nginx.url}${pagePath}`]] as const) {
          console.log(`[bench] ${server}, ${encoding}: ${warmup} s warm-up, then ${connections} connections for ${seconds} s…`)
          if (warmup > 0) await loadTest('warm-up', url, { connections, seconds: warmup, headers })
          rows.push(await loadTest(`${server}`, url, { connections, seconds, headers }))
        }
      }
    } finally {
      await nginx.stop()
    }
    printTable(
      `bench/static: ${pagePath}, ${connections} connections, ${seconds} s each (nginx: ${nginxWorkers} worker(s), gzip level 6 like Next.js)`,
      ['server', 'encoding', 'req/s', 'p50', 'p95', 'p99', 'requests', 'errors', 'timeouts', 'non-2xx', 'bytes/response'],
      rows.map((row, i) => [row.label, encodings[Math.floor(i / 2)], row.requestsPerSecond.toFixed(0), ms(row.p50), ms(row.p95), ms(row.p99), row.requests, row.errors, row.timeouts, row.non2xx, kb(row.bytesPerResponse)]),
    )
    printTable(
      'bench/static: Next.js relative to nginx',
      ['encoding', 'req/s Next/nginx', 'p50 Next/nginx', 'p99 Next/nginx'],
      encodings.map((encoding, i) => {
        const [next, nginx] = [rows[2 * i], rows[2 * i + 1]]
        return [encoding, (next.requestsPerSecond / nginx.requestsPerSecond).toFixed(3), `${(next.p50 / nginx.p50).toFixed(1)}×`, `${(next.p99 / nginx.p99).toFixed(1)}×`]
      }),
    )
  } finally {
    await portal?.stop()
  }
})

function positive(name: 'connections' | 'seconds' | 'nginx-workers'): number {
  const value = Number(args[name])
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number, got "${args[name]}"`)
  return value
}
