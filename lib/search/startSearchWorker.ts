import type { Payload } from 'payload'
import { startPollingWorker } from '@/lib/jobs/pollingWorker'
import { drainOutbox, purgeOutbox } from './syncWorker'

/**
 * Drains the search outbox every `intervalMs` in this process (every instance runs one; the
 * advisory lock lets one drain at a time). Returns a function that stops it.
 */
export function startSearchWorker(payload: Payload, { intervalMs = 1_000 } = {}): () => void {
  return startPollingWorker(
    payload,
    {
      name: 'search outbox',
      async run() {
        // A backlog is drained in one round, batch after batch, until nothing is left or something fails.
        for (;;) {
          const result = await drainOutbox(payload)
          if (result.error) return `${result.failed} change(s) not applied, will retry: ${result.error}`
          if (result.skipped || result.failed || result.processed === 0) return undefined
        }
      },
      purge: { run: () => purgeOutbox(payload), everyMs: 10 * 60_000 },
    },
    intervalMs,
  )
}
