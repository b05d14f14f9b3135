import { setTimeout as delay } from 'node:timers/promises'
import type { Payload } from 'payload'

/**
 * Shuts a Payload instance down, ends its connection pool and forgets it: `destroy()` alone leaves idle
 * connections that error out when the database stops. A pool that still has a client checked
 * out would wait for it forever, so give up after a few seconds.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as { pool?: { end(): Promise<void>; ended?: boolean } }).pool
  await payload.destroy()
  // getPayload keeps its instance in a global map and would hand the destroyed one out again;
  // forget it, so that a later loadPayload in the same process starts afresh.
  ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
  if (pool && !pool.ended) await Promise.race([pool.end(), delay(3_000, undefined, { ref: false })])
}
