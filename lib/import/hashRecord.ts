import { createHash } from 'node:crypto'

/** A stable hash of a record (keys sorted), to tell unchanged records from updated ones. */
export function hashRecord(record: unknown): string {
  return createHash('sha256').update(stableStringify(record)).digest('base64url').slice(0, 22)
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}
