import type { Payload } from 'payload'

/**
 * Reference data that requests read often and editors change rarely (a procedure's form, the
 * working calendar), kept in this process for as long as its version — a cheap query, such as the
 * latest `updated_at` — says it is unchanged. Every instance checks the version on each use, so
 * an edit made through any instance is seen at once by all of them.
 */
export function versionedCache<K, V>(version: (payload: Payload, key: K) => Promise<string>, load: (payload: Payload, key: K) => Promise<V>) {
  const byPayload = new WeakMap<Payload, Map<string, { version: string; value: Promise<V> }>>()
  return async (payload: Payload, key: K): Promise<V> => {
    if (!byPayload.has(payload)) byPayload.set(payload, new Map())
    const entries = byPayload.get(payload)!
    const id = JSON.stringify(key)
    const current = await version(payload, key)
    const hit = entries.get(id)
    if (hit && hit.version === current) return hit.value
    const value = load(payload, key)
    entries.set(id, { version: current, value })
    value.catch(() => entries.delete(id))
    return value
  }
}
