/** An entry of the search vocabulary (the CMS collection searchVocabulary, or the starter list). */
export interface VocabularyEntry {
  /** Words or phrases a citizen may type, all meaning the same (lower case). */
  words: string[]
  /** When present, each of `words` also searches for these (one-way); when absent, all `words` are equivalent (mutual). */
  expandsTo?: string[]
  /** Why the entry exists (shown to editors). */
  note?: string
}

const normalize = (phrase: string) => phrase.trim().toLowerCase().replace(/\s+/g, ' ')

/**
 * Meilisearch's synonyms map for a vocabulary: mutual entries make every word point to the others,
 * one-way entries make each word point to its expansions. A word in several entries gets the union.
 */
export function synonymsOf(entries: VocabularyEntry[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>()
  const add = (word: string, targets: string[]) => {
    const key = normalize(word)
    if (!key) return
    const set = map.get(key) ?? new Set<string>()
    for (const target of targets.map(normalize)) if (target && target !== key) set.add(target)
    if (set.size) map.set(key, set)
  }
  for (const entry of entries) {
    if (entry.expandsTo?.length) for (const word of entry.words) add(word, entry.expandsTo)
    else for (const word of entry.words) add(word, entry.words)
  }
  return Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([key, set]) => [key, [...set].sort()]))
}

/**
 * The synonyms Meilisearch gets: keys of one word ("cccd", "kí"). A phrase as a key makes every
 * query slower (Meilisearch tries each phrase against the query's words: 2.5× the time per search
 * with the starter vocabulary) and adds nothing, because the vocabulary's phrases already reach
 * the entries whose titles they describe as aliases, at index time (aliases.ts). Measured in
 * bench/search-quality/README.md.
 */
export function oneWordKeys(synonyms: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(synonyms).filter(([key]) => !key.includes(' ')))
}
