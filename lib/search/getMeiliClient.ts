import { Meilisearch } from 'meilisearch'
import { Agent, request } from 'undici'

let client: Meilisearch | undefined

/**
 * Keeps connections to Meilisearch open between requests. Through Node's built-in fetch, each
 * call of the client took about 45 ms here (connection handling); through a keep-alive pool,
 * a few milliseconds (see STACK notes and bench/search).
 */
const agent = new Agent({ keepAliveTimeout: 30_000, connections: 64, pipelining: 1 })

/** The client's transport (its `httpClient` hook): parsed JSON back, Meilisearch's error as `cause` on failure. */
async function keepAliveHttpClient(url: RequestInfo | URL, init: RequestInit = {}): Promise<unknown> {
  const headers: Record<string, string> = {}
  new Headers(init.headers).forEach((value, key) => (headers[key] = value))
  const response = await request(String(url), {
    method: (init.method ?? 'GET') as 'GET',
    headers,
    body: typeof init.body === 'string' ? init.body : undefined,
    signal: init.signal ?? undefined,
    dispatcher: agent,
  })
  const text = await response.body.text()
  const body = text === '' ? undefined : (JSON.parse(text) as { message?: string; code?: string } | undefined)
  if (response.statusCode >= 400) {
    // The client wraps what this throws as the `cause` of its own error: keep Meilisearch's error
    // code on it (index_not_found …) where callers look.
    throw Object.assign(new Error(`Meilisearch ${response.statusCode}: ${body?.message ?? text}`, { cause: body }), { code: body?.code, status: response.statusCode })
  }
  return body
}

/** The Meilisearch client for MEILI_URL, or null when search is not configured. */
export function getMeiliClient(): Meilisearch | null {
  const host = process.env.MEILI_URL
  if (!host) return null
  client ??= new Meilisearch({ host, apiKey: process.env.MEILI_MASTER_KEY || process.env.MEILI_API_KEY, httpClient: keepAliveHttpClient })
  return client
}
