/** Entries of one kind, under a heading. */
export interface TypeGroup<T extends string, E> {
  type: T
  entries: E[]
}

/**
 * Entries grouped by their type in the given order of types, each group sorted by name in
 * Vietnamese alphabetical order (Đ after D, tones after the bare letter). Empty groups and
 * types outside `order` are left out.
 */
export function groupByType<E extends { type: string }, T extends E['type']>(entries: E[], order: readonly T[], nameOf: (entry: E) => string): TypeGroup<T, E>[] {
  const collator = new Intl.Collator('vi')
  return order
    .map((type) => ({ type, entries: entries.filter((e) => e.type === type).sort((a, b) => collator.compare(nameOf(a), nameOf(b))) }))
    .filter((group) => group.entries.length > 0)
}
