import { percentile } from './stats'
import { timedGet } from './timedGet'

export interface RequestFigures {
  label: string
  times: number[]
  /** URLs that did not answer 200, with what they answered. */
  failures: string[]
  /** How many responses carried each x-nextjs-cache value (HIT, MISS, STALE, none). */
  cache: Map<string, number>
}

/** Requests the URLs one after the other (no concurrency) and times each to its last byte. */
export async function measureRequests(label: string, origin: string, paths: readonly string[]): Promise<RequestFigures> {
  const figures: RequestFigures = { label, times: [], failures: [], cache: new Map() }
  for (const path of paths) {
    const response = await timedGet(`${origin}${path}`).catch((error: Error) => error)
    if (response instanceof Error) {
      figures.failures.push(`${path}: ${response.message}`)
      continue
    }
    figures.times.push(response.ms)
    if (response.status !== 200) figures.failures.push(`${path}: ${response.status}`)
    const cache = String(response.headers['x-nextjs-cache'] ?? 'none')
    figures.cache.set(cache, (figures.cache.get(cache) ?? 0) + 1)
  }
  return figures
}

/** p50, p95 and max of the timings. */
export const summarize = ({ times }: RequestFigures) => ({ p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) })
