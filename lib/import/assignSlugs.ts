import { slugify } from '@/lib/catalog/slugify'

/**
 * Slugs for procedures that do not have one yet, from the name without the "Thủ tục" prefix.
 * Names repeat across levels and variants, so a taken slug gets the national code appended;
 * records are taken in code order so that the same data always yields the same slugs.
 */
export function assignSlugs(records: { code: string; name: string }[], taken: Set<string>): Map<string, string> {
  const slugs = new Map<string, string>()
  for (const { code, name } of [...records].sort((a, b) => a.code.localeCompare(b.code))) {
    const base = slugify(name.replace(/^thủ tục\s+/i, '')) || 'thu-tuc'
    const slug = taken.has(base) ? `${base}-${code.replace(/\./g, '-').toLowerCase()}` : base
    taken.add(slug)
    slugs.set(code, slug)
  }
  return slugs
}
