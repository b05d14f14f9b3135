import type { Payload } from 'payload'
import { startPollingWorker } from '@/lib/jobs/pollingWorker'
import { drainNotifications, purgeNotifications } from './drainNotifications'

// Logs are read by more people than the outbox: no citizen's address in them.
const withoutAddresses = (message: string) => message.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '<address>')

/**
 * Sends due notices every `intervalMs` from this process. Every instance runs one: each row is
 * claimed by one drainer (lib/notifications/drainNotifications.ts). Returns a function that stops it.
 */
export function startNotificationWorker(payload: Payload, { intervalMs = 5_000 } = {}): () => void {
  return startPollingWorker(
    payload,
    {
      name: 'notifications',
      async run() {
        const result = await drainNotifications(payload)
        return result.error ? `${result.retrying} to retry, ${result.failed} given up: ${withoutAddresses(result.error)}` : undefined
      },
      purge: { run: () => purgeNotifications(payload), everyMs: 60 * 60_000 },
    },
    intervalMs,
  )
}
