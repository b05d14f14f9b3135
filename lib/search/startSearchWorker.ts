import type { Payload } from 'payload'
import { drainOutbox, purgeOutbox } from './syncWorker'

const PURGE_EVERY_MS = 10 * 60_000

/**
 * Drains the search outbox every `intervalMs` in this process (every instance runs one; the
 * advisory lock lets one drain at a time). Returns a function that stops it.
 */
export function startSearchWorker(payload: Payload, { intervalMs = 1_000 } = {}): () => void {
  let busy = false
  let lastPurge = 0
  let lastError = ''
  const tick = async () => {
    if (busy) return
    busy = true
    try {
      for (;;) {
        const result = await drainOutbox(payload)
        if (result.error && result.error !== lastError) payload.logger.warn(`search outbox: ${result.failed} change(s) not applied, will retry: ${result.error}`)
        lastError = result.error ?? ''
        if (result.skipped || result.failed || result.processed === 0) break
      }
      if (Date.now() - lastPurge > PURGE_EVERY_MS) {
        lastPurge = Date.now()
        await purgeOutbox(payload)
      }
    } catch (error) {
      payload.logger.error({ err: error }, 'search outbox worker failed; trying again')
    } finally {
      busy = false
    }
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  void tick()
  return () => clearInterval(timer)
}
