import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ImportReport } from '@/lib/import/report'
import { resolveServiceOptions } from '../services'

/** Writes the full import report (with every rejected record) as JSON in the data folder. */
export async function saveImportReport(report: ImportReport): Promise<string> {
  const dir = path.resolve(resolveServiceOptions().dataDir, 'reports')
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, `import-${report.startedAt.replace(/[:.]/g, '-')}.json`)
  await writeFile(file, JSON.stringify(report, null, 2))
  return path.relative(process.cwd(), file)
}
