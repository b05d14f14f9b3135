import { slugify } from './slugify'

export interface SlugRequest {
  key: string
  /** Preferred text of the slug, e.g. the name. */
  text: string
  /** Text of a more specific slug for when the preferred one is taken, e.g. name + province. */
  qualifiedText?: string
  /** Lower ranks choose first (e.g. a ministry before a body that happens to share its name). */
  rank?: number
}

/**
 * Stable, unique slugs for records that have none: the preferred slug, else the qualified one,
 * else the preferred one numbered. Records are taken in rank, then key order so that the same data always
 * yields the same slugs; `taken` holds the slugs already in use and is updated.
 */
export function uniqueSlugs(requests: SlugRequest[], taken: Set<string>): Map<string, string> {
  const slugs = new Map<string, string>()
  for (const { key, text, qualifiedText } of [...requests].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.key.localeCompare(b.key))) {
    const base = slugify(text) || 'muc'
    const candidates = [base, ...(qualifiedText ? [slugify(qualifiedText)] : [])]
    let slug = candidates.find((c) => c && !taken.has(c))
    for (let n = 2; !slug; n++) if (!taken.has(`${base}-${n}`)) slug = `${base}-${n}`
    taken.add(slug)
    slugs.set(key, slug)
  }
  return slugs
}
