import { setTimeout as delay } from 'node:timers/promises'
import { readLogTail } from './logTail'

/**
 * Resolves once `/health` reports "available". `exitReason` tells whether the server has
 * already exited, so a crash fails at once instead of after the timeout.
 */
export async function waitForMeilisearch(
  url: string,
  exitReason: () => string | undefined,
  logFile: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const reason = exitReason()
    if (reason) {
      throw new Error(`Meilisearch exited during start-up (${reason}). Last lines of ${logFile}:\n${readLogTail(logFile)}`)
    }
    if (await isAvailable(url)) return
    await delay(100)
  }
  throw new Error(
    `Meilisearch did not become available at ${url} within ${timeoutMs / 1000} s. ` +
      `Last lines of ${logFile}:\n${readLogTail(logFile)}`,
  )
}

async function isAvailable(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })
    const body = (await response.json()) as { status?: string }
    return body.status === 'available'
  } catch {
    return false
  }
}
