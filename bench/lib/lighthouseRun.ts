import lighthouse, { type Result } from 'lighthouse'

export const categories = [
  { id: 'performance', label: 'Performance', target: 95 },
  { id: 'accessibility', label: 'Accessibility', target: 100 },
  { id: 'best-practices', label: 'Best Practices', target: 100 },
  { id: 'seo', label: 'SEO', target: 100 },
] as const

export type CategoryId = (typeof categories)[number]['id']

export interface FailedAudit {
  category: CategoryId
  id: string
  title: string
  displayValue?: string
  /** What the audit points at: element snippets, console messages, URLs (first few). */
  items: string[]
}

export interface LighthouseRun {
  /** 0–100; NaN when Lighthouse could not score the category. */
  scores: Record<CategoryId, number>
  fcpMs: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** Compressed (transferred) bytes of the page's scripts, and of everything it loaded. */
  scriptBytes: number
  totalBytes: number
  requests: number
  failed: FailedAudit[]
  runtimeError?: string
  /** The HTML report. */
  report: string
}

interface NetworkRequest {
  resourceType?: string
  transferSize?: number
}

/** One Lighthouse run (default config: mobile, simulated throttling) against a page. */
export async function runLighthouse(url: string, chromePort: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, {
    port: chromePort,
    output: 'html',
    logLevel: 'error',
    onlyCategories: categories.map((c) => c.id),
  })
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
  const { lhr } = result
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  const requests = ((lhr.audits['network-requests']?.details as { items?: NetworkRequest[] } | undefined)?.items ?? [])
  const bytes = (items: NetworkRequest[]) => items.reduce((sum, item) => sum + (item.transferSize ?? 0), 0)
  return {
    scores: Object.fromEntries(categories.map((c) => [c.id, scoreOf(lhr, c.id)])) as Record<CategoryId, number>,
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    scriptBytes: bytes(requests.filter((r) => r.resourceType === 'Script')),
    totalBytes: bytes(requests),
    requests: requests.length,
    failed: categories.flatMap((c) => failedAudits(lhr, c.id)),
    runtimeError: lhr.runtimeError?.message,
    report: String(result.report),
  }
}

function scoreOf(lhr: Result, category: CategoryId): number {
  const score = lhr.categories[category]?.score
  return typeof score === 'number' ? Math.round(score * 100) : Number.NaN
}

/**
 * Audits that cost the category points. Performance: the metrics scoring below 0.9 (Lighthouse's
 * "passed" line) and the diagnostics below it that estimate a saving on a metric. Elsewhere:
 * every weighted audit that did not pass.
 */
function failedAudits(lhr: Result, category: CategoryId): FailedAudit[] {
  const skipped = new Set(['informative', 'manual', 'notApplicable', 'error'])
  const passMark = category === 'performance' ? 0.9 : 1
  return (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
    const audit = lhr.audits[ref.id]
    if (!audit || skipped.has(audit.scoreDisplayMode) || audit.score === null || audit.score >= passMark) return []
    const savesTime = Object.values(audit.metricSavings ?? {}).some((saving) => (saving ?? 0) > 0)
    if (ref.weight === 0 && !(category === 'performance' && savesTime)) return []
    return [{ category, id: audit.id, title: audit.title, displayValue: audit.displayValue, items: describeItems(audit.details) }]
  })
}

/** What an audit points at, when it names something: an element, a message, a URL. */
function describeItems(details: unknown, limit = 3): string[] {
  return tableRows(details).flatMap((item) => {
    const node = item.node as { snippet?: string; explanation?: string } | undefined
    if (node?.snippet) return [`${node.snippet}${node.explanation ? ` — ${node.explanation.split('\n').join(' ')}` : ''}`]
    const url = item.url ?? (item.sourceLocation as { url?: string } | undefined)?.url
    const text = [item.description, url].filter((part) => typeof part === 'string').join(' — ')
    return text ? [text] : []
  }).slice(0, limit)
}

/** The rows of an audit's details; a `list` holds tables of its own. Other shapes have none. */
function tableRows(details: unknown): Array<Record<string, unknown>> {
  const items = (details as { items?: unknown } | undefined)?.items
  if (!Array.isArray(items)) return []
  return (items as Array<Record<string, unknown>>).flatMap((item) => (Array.isArray(item.items) ? tableRows(item) : [item]))
}
