import autocannon from 'autocannon'
import { percentile } from './stats'

export interface LoadFigures {
  label: string
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  requests: number
  errors: number
  timeouts: number
  non2xx: number
  /** Mean bytes per response (as sent: compressed when gzip was asked for). */
  bytesPerResponse: number
}

export interface LoadOptions {
  connections: number
  seconds: number
  headers?: Record<string, string>
  method?: 'GET' | 'POST'
  /** Varies each request: its path (and query), headers or body. Without it, every request is the same. */
  next?: () => { path?: string; body?: string | Buffer; headers?: Record<string, string> }
}

/** Loads one URL with autocannon and computes the latency percentiles from every response. */
export function loadTest(label: string, url: string, options: LoadOptions): Promise<LoadFigures> {
  const { next, method = 'GET', headers } = options
  const requests = next ? [{ method, headers, setupRequest: (request: object) => ({ ...request, ...next() }) }] : undefined
  return new Promise((resolve, reject) => {
    const latencies: number[] = []
    const instance = autocannon({ url, connections: options.connections, duration: options.seconds, method, headers, requests }, (error, result) => {
      if (error) return reject(error)
      resolve({
        label,
        requestsPerSecond: result.requests.average,
        // autocannon's own table has no p95: compute all three from the responses.
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        requests: result.requests.total,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        bytesPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total : Number.NaN,
      })
    })
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
}
