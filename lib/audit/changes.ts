/** Fields that say nothing an auditor needs (bookkeeping, secrets, derived values). */
const ignored = new Set(['updatedAt', 'createdAt', 'id', 'importHash', 'hash', 'salt', 'password', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'sessions', 'workflowLog'])

const MAX_VALUE = 200

/** A value as an auditor reads it: relations by id, long text cut, structures summarized. */
function shown(value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value
  if (typeof value !== 'object') return value
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object' || v === null) ? value.slice(0, 20) : `${value.length} items`
  const id = (value as { id?: unknown }).id
  return id !== undefined ? id : '{…}'
}

/** A related document (numeric id, populated or not) as its id; array rows (string ids) stay whole. */
const relationId = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'number' ? (value as { id: number }).id : value
const comparable = (value: unknown) => JSON.stringify((Array.isArray(value) ? value.map(relationId) : relationId(value)) ?? null)
const same = (a: unknown, b: unknown) => comparable(a) === comparable(b)

/**
 * The fields a change touched, each with its value before and after (as shown()), for the audit
 * log: `{ name: ['Cũ', 'Mới'], steps: ['3 items', '4 items'] }`.
 */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {}
  for (const key of new Set([...Object.keys(before ?? {}), ...Object.keys(after)])) {
    if (ignored.has(key) || key.startsWith('_')) continue
    const a = before?.[key]
    const b = after[key]
    if (!same(a, b)) changes[key] = [shown(a), shown(b)]
  }
  return changes
}

/** A one-line summary: "name, status (draft → published)". */
export function summarize(changes: Record<string, [unknown, unknown]>): string {
  const parts = Object.entries(changes).map(([key, [a, b]]) =>
    (typeof a === 'string' || typeof a === 'number' || a === null) && (typeof b === 'string' || typeof b === 'number' || b === null) && String(a ?? '').length + String(b ?? '').length < 60
      ? `${key} (${a ?? '–'} → ${b ?? '–'})`
      : key,
  )
  return parts.length ? parts.join(', ') : 'no field changed'
}
