/**
 * bench/lighthouse: Lighthouse 12.8 (mobile, default simulated throttling) against a production
 * build served by `next start`: the four category scores, FCP/LCP/TBT/CLS, and the bytes each
 * page transfers, median of a few runs; the audits that fail where a score is below its target.
 *
 *   npm run bench:lighthouse [-- --runs 3] [-- --url http://localhost:3000] [-- --pages home,procedure]
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import { benchPage, benchPages, type BenchPage } from './pages'
import { categories, runLighthouse, type FailedAudit, type LighthouseRun } from './lib/lighthouseRun'
import { runBench } from './lib/runBench'
import { median } from './lib/stats'
import { startBenchPortal, type BenchPortal } from './lib/startPortal'
import { kb, ms, printTable } from './lib/table'

/** Chromium's flags on this kind of machine (shared STACK.md): headless, as root, no network of its own. */
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
const reportDir = 'bench/results/lighthouse'

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
  },
})
const runs = Number(args.runs)
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, got "${args.runs}"`)
const pages = args.pages ? args.pages.split(',').map(benchPage) : benchPages

runBench(async () => {
  const portal: BenchPortal | undefined = args.url ? undefined : await startBenchPortal()
  const origin = (args.url ?? portal?.url ?? '').replace(/\/$/, '')
  let chrome: chromeLauncher.LaunchedChrome | undefined
  try {
    // Under the bench portal its shutdown handles Ctrl-C, Chromium included.
    // Opening the portal at launch: otherwise Lighthouse's first navigation in a fresh Chromium
    // reports a redirect of the page to itself (one request, ~640 ms "wasted") that never happened.
    chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags, startingUrl: `${origin}/`, handleSIGINT: !portal })
    const { port } = chrome
    portal?.onStop(async () => chrome?.kill())
    const measured: Array<{ page: BenchPage; path: string; runs: LighthouseRun[] }> = []
    const notes: string[] = []
    for (const page of pages) {
      const pagePath = await page.path(origin)
      const probe = await fetch(`${origin}${pagePath}`)
      if (probe.status === 404 && page.pending) {
        notes.push(`${page.label} (${pagePath}): route not present yet (404), skipped`)
        continue
      }
      if (!probe.ok) {
        notes.push(`${page.label} (${pagePath}): answered ${probe.status}, skipped`)
        continue
      }
      const pageRuns: LighthouseRun[] = []
      for (let run = 1; run <= runs; run += 1) {
        console.log(`[bench] Lighthouse ${page.label} ${origin}${pagePath} (run ${run}/${runs})…`)
        pageRuns.push(await runLighthouse(`${origin}${pagePath}`, port))
      }
      measured.push({ page, path: pagePath, runs: pageRuns })
      await saveReport(page.id, pageRuns)
    }
    printResults(measured, notes)
  } finally {
    chrome?.kill()
    await portal?.stop()
  }
})

function printResults(measured: Array<{ page: BenchPage; path: string; runs: LighthouseRun[] }>, notes: string[]): void {
  const mid = (runs: LighthouseRun[], pick: (run: LighthouseRun) => number) => median(runs.map(pick))
  printTable(
    `bench/lighthouse: category scores, median of ${runs} run(s), mobile (targets: ${categories.map((c) => `${c.label} ≥ ${c.target}`).join(', ')})`,
    ['page', 'path', ...categories.map((c) => c.label)],
    measured.map(({ page, path: pagePath, runs: r }) => [page.label, pagePath, ...categories.map((c) => belowTarget(mid(r, (run) => run.scores[c.id]), c.target))]),
  )
  printTable(
    'bench/lighthouse: metrics and transfer sizes (median; JS = compressed bytes of script requests)',
    ['page', 'FCP', 'LCP', 'TBT', 'CLS', 'JS transferred', 'total transferred', 'requests'],
    measured.map(({ page, runs: r }) => [
      page.label,
      ms(mid(r, (run) => run.fcpMs)),
      ms(mid(r, (run) => run.lcpMs)),
      ms(mid(r, (run) => run.tbtMs)),
      mid(r, (run) => run.cls).toFixed(3),
      kb(mid(r, (run) => run.scriptBytes)),
      kb(mid(r, (run) => run.totalBytes)),
      mid(r, (run) => run.requests),
    ]),
  )
  for (const note of notes) console.log(`\nNote: ${note}`)
  for (const { page, runs: r } of measured) {
    for (const error of new Set(r.flatMap((run) => (run.runtimeError ? [run.runtimeError] : [])))) console.log(`\n${page.label}: Lighthouse runtime error: ${error}`)
    const failing = categories.filter((c) => !(mid(r, (run) => run.scores[c.id]) >= c.target))
    if (failing.length === 0) continue
    console.log(`\n${page.label}: below target in ${failing.map((c) => c.label).join(', ')}; failed audits (in how many runs):`)
    for (const { audit, values } of tallyFailures(r, new Set(failing.map((c) => c.id)))) {
      const shown = values.filter(Boolean).join(' / ')
      console.log(`  [${audit.category}] ${audit.id}: ${audit.title}${shown ? ` (${shown})` : ''} — ${values.length}/${r.length}`)
      for (const item of audit.items) console.log(`      ${item.slice(0, 300)}`)
    }
  }
  console.log(`\nHTML reports of the median run: ${reportDir}/<page>.html`)
}

const belowTarget = (score: number, target: number) => (Number.isFinite(score) ? `${score}${score < target ? ' ✗' : ''}` : '–')

function tallyFailures(runs: LighthouseRun[], inCategories: Set<string>): Array<{ audit: FailedAudit; values: string[] }> {
  const byId = new Map<string, { audit: FailedAudit; values: string[] }>()
  for (const audit of runs.flatMap((run) => run.failed).filter((a) => inCategories.has(a.category))) {
    const key = `${audit.category}/${audit.id}`
    const seen = byId.get(key) ?? { audit, values: [] }
    seen.values.push(audit.displayValue ?? '')
    byId.set(key, seen)
  }
  return [...byId.values()].sort((a, b) => b.values.length - a.values.length)
}

/** Saves the report of the run whose performance score is the median one. */
async function saveReport(pageId: string, pageRuns: LighthouseRun[]): Promise<void> {
  const sorted = [...pageRuns].sort((a, b) => a.scores.performance - b.scores.performance)
  await mkdir(reportDir, { recursive: true })
  await writeFile(path.join(reportDir, `${pageId}.html`), sorted[Math.floor(sorted.length / 2)].report)
}
