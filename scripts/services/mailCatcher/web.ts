import http from 'node:http'
import { deleteMessages, listMessages, readMessage, readRawMessage } from './mailbox'
import { listPage, messagePage, notFoundPage } from './pages'

// The frame showing a message's HTML inherits this policy: no scripts, no remote content.
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; base-uri 'none'; form-action 'none'"

/**
 * The catcher's web side: pages for people (`/`, `/messages/:id`, `/messages/:id.eml`) and a JSON
 * API for tests (`GET /api/messages[?to=]`, `GET /api/messages/:id`, `DELETE /api/messages[?to=]`).
 */
export function createMailWebServer(folder: string): http.Server {
  return http.createServer((request, response) => {
    route(folder, request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      response.end(error.message)
    })
  })
}

async function route(folder: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://mail-catcher.localhost')
  const to = url.searchParams.get('to') || undefined
  const send = (status: number, type: string, body: string | Buffer) => {
    response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Security-Policy': contentSecurityPolicy })
    response.end(body)
  }
  const json = (status: number, value: unknown) => send(status, 'application/json; charset=utf-8', JSON.stringify(value))
  const html = (status: number, body: string) => send(status, 'text/html; charset=utf-8', body)
  const apiMessage = /^\/api\/messages\/([\w-]+)$/.exec(url.pathname)
  const pageMessage = /^\/messages\/([\w-]+?)(\.eml)?$/.exec(url.pathname)

  if (url.pathname === '/api/messages' && request.method === 'GET') return json(200, await listMessages(folder, { to }))
  if (url.pathname === '/api/messages' && request.method === 'DELETE') return json(200, { deleted: await deleteMessages(folder, { to }) })
  if (apiMessage && request.method === 'GET') {
    const message = await readMessage(folder, apiMessage[1]!)
    return message ? json(200, message) : json(404, { error: 'No such message' })
  }
  if (request.method !== 'GET') return json(405, { error: 'Method not allowed' })
  if (url.pathname === '/') return html(200, listPage(await listMessages(folder, { to }), to))
  if (pageMessage?.[2]) {
    const raw = await readRawMessage(folder, pageMessage[1]!)
    return raw ? send(200, 'message/rfc822', raw) : html(404, notFoundPage())
  }
  if (pageMessage) {
    const message = await readMessage(folder, pageMessage[1]!)
    return message ? html(200, messagePage(message)) : html(404, notFoundPage())
  }
  html(404, notFoundPage())
}
