import { setTimeout as delay } from 'node:timers/promises'
import type { Payload } from 'payload'

/**
 * Shuts a Payload instance down and ends its connection pool: `destroy()` alone leaves idle
 * connections that error out when the database stops. A pool that still has a client checked
 * out would wait for it forever, so give up after a few seconds.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as { pool?: { end(): Promise<void>; ended?: boolean } }).pool
  await payload.destroy()
  if (pool && !pool.ended) await Promise.race([pool.end(), delay(3_000, undefined, { ref: false })])
}
