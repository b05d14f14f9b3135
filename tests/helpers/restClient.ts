import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }

/**
 * Calls the portal's Payload REST API through the same route handlers that Next.js mounts at
 * /api, with real Request and Response objects (no socket needed). A FormData body is sent as
 * multipart (its boundary set by the Request); any other body as JSON. `headers` adds to them
 * (Origin, Cookie), for tests of requests as a browser sends them.
 */
export async function rest(method: keyof typeof handlers, path: string, options: { body?: unknown; token?: string; headers?: Record<string, string> } = {}) {
  const url = new URL(path, 'http://localhost:3000')
  const multipart = options.body instanceof FormData
  const headers = new Headers(multipart ? {} : { 'Content-Type': 'application/json' })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value)
  const body = options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body)
  const request = new Request(url, { method, headers, body })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const graphqlHandler = GRAPHQL_POST(config)

/** Sends a GraphQL query to the portal's /api/graphql handler; returns `data` and `errors`. */
export async function graphql(query: string, options: { token?: string; variables?: Record<string, unknown> } = {}) {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const request = new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: options.variables }) })
  const response = await graphqlHandler(request)
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] }
}
