import type { RejectedRecord } from '@/lib/catalog/types'

export interface CollectionCounts {
  created: number
  updated: number
  unchanged: number
  rejected: number
}

/** What an import did, per collection, with every rejected record and why. */
export interface ImportReport {
  startedAt: string
  durationMs: number
  collections: Record<string, CollectionCounts>
  rejected: RejectedRecord[]
  /** How many records carry review flags, per flag code. */
  reviewFlags: Record<string, number>
  /** Gaps in the sources that did not stop a record from being imported. */
  notes: string[]
}

/** Zero counts for a collection. */
export const emptyCounts = (): CollectionCounts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 })

/** Totals over all collections. */
export function totalCounts(report: ImportReport): CollectionCounts {
  const total = emptyCounts()
  for (const counts of Object.values(report.collections)) {
    total.created += counts.created
    total.updated += counts.updated
    total.unchanged += counts.unchanged
    total.rejected += counts.rejected
  }
  return total
}

/** The report as an aligned plain-text table, for the terminal. */
export function formatReport(report: ImportReport): string {
  const rows = Object.entries(report.collections).map(([name, c]) => [name, c.created, c.updated, c.unchanged, c.rejected])
  const total = totalCounts(report)
  rows.push(['TOTAL', total.created, total.updated, total.unchanged, total.rejected])
  const header = ['collection', 'created', 'updated', 'unchanged', 'rejected']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')
  const lines = [line(header), ...rows.map(line)]
  for (const r of report.rejected) lines.push(`rejected ${r.kind} ${r.key}: ${r.reasons.join('; ')}`)
  const flags = Object.entries(report.reviewFlags).sort(([, a], [, b]) => b - a)
  if (flags.length) lines.push(`review flags: ${flags.map(([code, n]) => `${code} ${n}`).join(', ')}`)
  for (const note of report.notes) lines.push(`note: ${note}`)
  lines.push(`took ${(report.durationMs / 1000).toFixed(1)} s`)
  return lines.join('\n')
}
