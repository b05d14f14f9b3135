import { importCatalog } from '@/lib/import/importCatalog'
import { importCalendar } from '@/lib/import/importCalendar'
import { importStarterContent } from '@/lib/import/importStarterContent'
import { importStarterForms } from '@/lib/import/importStarterForms'
import { closePayload } from '@/lib/payload/closePayload'
import { loadPayload } from '@/lib/payload/loadPayload'
import { migrateDatabase } from '@/lib/payload/migrateDatabase'
import { getMeiliClient } from '@/lib/search/getMeiliClient'
import { prepareSearch } from '@/lib/search/prepareSearch'
import { importSearchVocabulary } from '@/lib/search/vocabulary/importSearchVocabulary'
import { formatReport } from '@/lib/import/report'
import { ensureFirstAdmin } from './ensureFirstAdmin'
import { terminalProgress } from './progressBar'
import { saveImportReport } from './saveImportReport'

/**
 * Brings the database up to date: applies committed migrations, loads the national
 * procedures database when it is empty, creates the first administrator and prepares the
 * search index.
 */
export async function preparePortal(log: (line: string) => void): Promise<void> {
  let started = Date.now()
  const payload = await withStartupWatchdog(loadPayload())
  try {
    await migrateDatabase(payload)
    log(`Database migrations applied (${seconds(started)})`)
    const { totalDocs } = await payload.count({ collection: 'procedures' })
    if (totalDocs === 0) {
      log('The procedures database is empty: importing the national data (about a minute)…')
      started = Date.now()
      const report = await importCatalog(payload, { progress: terminalProgress() })
      const file = await saveImportReport(report)
      log(`Import done (${seconds(started)}); report saved to ${file}`)
      console.log(formatReport(report))
    } else {
      log(`${totalDocs} procedures in the database`)
      // A portal imported before a starter collection existed gets it now.
      const seeded = Object.entries({
        ...(await importStarterContent(payload)),
        calendarDays: await importCalendar(payload),
        dossierForms: await importStarterForms(payload),
      }).filter(([, c]) => c.created > 0)
      if (seeded.length) log(`Starter content added: ${seeded.map(([name, c]) => `${name} ${c.created}`).join(', ')}`)
    }
    await ensureFirstAdmin(payload, log)
    const vocabulary = await importSearchVocabulary(payload)
    if (vocabulary) log(`Search vocabulary: ${vocabulary} starter entries (everyday words, abbreviations, former place names)`)
    const meili = getMeiliClient()
    if (meili) {
      // Search is not essential to start: without Meilisearch the portal answers from PostgreSQL.
      await prepareSearch(payload, meili, log).catch((error: unknown) => log(`Search index not prepared (${error instanceof Error ? error.message : String(error)}); search answers from PostgreSQL until it is`))
    }
  } finally {
    await closePayload(payload)
  }
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/** Exit code of a start-up that hung and may simply be tried again. */
export const STARTUP_HUNG_EXIT_CODE = 75

/**
 * Loading Payload takes a second or two. Under Node 20 it sometimes never settled: Lexical's
 * Node entry (`*.node.mjs`) chooses its build with a top-level `await import`, which hung about
 * one start in four. The npm scripts therefore run tsx with `--conditions=production`, which
 * loads the built module directly (1 hang in 42 starts measured, cause of that one unknown).
 * Should it still happen, fail loudly instead of hanging, so that the caller can start again.
 */
async function withStartupWatchdog<T>(work: Promise<T>, limitMs = 90_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const watchdog = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`Payload did not start within ${limitMs / 1000} s; stopping. Start again.`)
      Object.assign(error, { exitCode: STARTUP_HUNG_EXIT_CODE })
      reject(error)
    }, limitMs)
  })
  try {
    return await Promise.race([work, watchdog])
  } finally {
    clearTimeout(timer)
  }
}
