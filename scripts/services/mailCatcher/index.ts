import type { AddressInfo, Server } from 'node:net'
import path from 'node:path'
import { ensureFolder } from '../folders'
import { createCatchingSmtpServer } from './smtp'
import { createMailWebServer } from './web'

export interface LocalMailCatcher {
  /** Where the portal sends mail: smtp://127.0.0.1:<port>. */
  smtpUrl: string
  /** Pages listing the caught mail, and the JSON API under /api/messages. */
  url: string
  /** The folder holding the messages (`<dataDir>/mail`). */
  folder: string
  stop(): Promise<void>
}

export interface LocalMailCatcherOptions {
  dataDir: string
  smtpPort: number
  uiPort: number
  log: (line: string) => void
}

const host = '127.0.0.1'

/**
 * Starts an SMTP server that keeps every message instead of delivering it, and a web page to read
 * them, for development and tests. Messages are files under `<dataDir>/mail`: they outlive a
 * restart, and other processes (the tests) can read them.
 */
export async function startLocalMailCatcher({ dataDir, smtpPort, uiPort, log }: LocalMailCatcherOptions): Promise<LocalMailCatcher> {
  const folder = path.resolve(dataDir, 'mail')
  await ensureFolder(folder)
  const smtp = createCatchingSmtpServer(folder, log)
  const web = createMailWebServer(folder)
  let listening = false
  // smtp-server reports its sockets' errors on itself (unheard, they would end the process); a
  // client gone mid-message is no reason to stop. Errors while starting are thrown by listen().
  smtp.on('error', (error: Error) => listening && log(`mail catcher: ${error.message}`))
  await listen(smtp.server, smtpPort, 'SMTP_PORT', 'SMTP')
  listening = true
  try {
    await listen(web, uiPort, 'MAIL_UI_PORT', 'web')
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()))
    throw error
  }
  // Port 0 (tests) lets the system choose: report the ports actually taken.
  const smtpUrl = `smtp://${host}:${(smtp.server.address() as AddressInfo).port}`
  const url = `http://${host}:${(web.address() as AddressInfo).port}`
  log(`Local mail catcher: SMTP at ${smtpUrl}, caught mail at ${url}`)
  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= Promise.all([
      new Promise<void>((resolve) => smtp.close(() => resolve())),
      new Promise<void>((resolve) => {
        web.close(() => resolve())
        web.closeAllConnections()
      }),
    ]).then(() => undefined))
  return { smtpUrl, url, folder, stop }
}

function listen(server: Server, port: number, variable: string, what: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} for the local mail catcher (${what}) is in use; set ${variable} to another.`) : error)
    server.once('error', fail)
    server.listen(port, host, () => {
      server.off('error', fail)
      resolve()
    })
  })
}
