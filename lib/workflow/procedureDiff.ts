/** One field an amendment changes, as a reviewer reads it: the published text and the amended text. */
export interface FieldChange {
  field: string
  before: string
  after: string
}

/** Bookkeeping and workflow fields: not part of what a decision amends. */
const notAmended = new Set([
  'id', 'createdAt', 'updatedAt', 'importHash', 'slug', 'status', '_status', 'publicationDecision', 'abolishedBy',
  'source', 'needsReview', 'reviewFlags',
])

/** What a reviewer compares with the signed text: related documents by name, rows one per line, no ids. */
export function readable(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value !== 'object') return String(value)
  if (Array.isArray(value)) return value.map(readable).filter(Boolean).join('\n')
  const record = value as Record<string, unknown>
  for (const title of ['name', 'title', 'number', 'code']) if (typeof record[title] === 'string') return record[title] as string
  return Object.entries(record)
    .filter(([key]) => key !== 'id' && key !== 'blockType')
    .map(([, v]) => readable(v))
    .filter(Boolean)
    .join(' · ')
}

/**
 * The fields whose text differs between the published procedure and its amendment (both read in
 * one locale, relations populated one level), in the order of the amendment's fields.
 */
export function diffProcedure(published: Record<string, unknown>, amended: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of new Set([...Object.keys(amended), ...Object.keys(published)])) {
    if (notAmended.has(field)) continue
    const before = readable(published[field])
    const after = readable(amended[field])
    if (before !== after) changes.push({ field, before, after })
  }
  return changes
}
