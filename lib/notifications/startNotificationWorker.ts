import type { Payload } from 'payload'
import { drainNotifications, purgeNotifications } from './drainNotifications'

const PURGE_EVERY_MS = 60 * 60_000

// Logs are read by more people than the outbox: no citizen's address in them.
const withoutAddresses = (message: string) => message.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '<address>')

/**
 * Sends due notices every `intervalMs` from this process. Every instance runs one: each row is
 * claimed by one drainer (lib/notifications/drainNotifications.ts). Returns a function that stops it.
 */
export function startNotificationWorker(payload: Payload, { intervalMs = 5_000 } = {}): () => void {
  let busy = false
  let lastPurge = 0
  let lastError = ''
  const tick = async () => {
    if (busy) return
    busy = true
    try {
      const result = await drainNotifications(payload)
      const error = result.error ? withoutAddresses(result.error) : ''
      // Once per distinct problem, not every five seconds while SMTP is down.
      if (error && error !== lastError) {
        payload.logger.warn(`notifications: ${result.retrying} to retry, ${result.failed} given up: ${error}`)
      }
      lastError = error
      if (Date.now() - lastPurge > PURGE_EVERY_MS) {
        lastPurge = Date.now()
        await purgeNotifications(payload)
      }
    } catch (error) {
      payload.logger.error({ err: error }, 'notification worker failed; trying again')
    } finally {
      busy = false
    }
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  void tick()
  return () => clearInterval(timer)
}
