import type { VocabularyEntry } from './synonyms'

/**
 * What the vocabulary adds to a document at index time: every word a citizen may type for a
 * phrase that the document's title contains. "Cấp giấy chứng nhận quyền sử dụng đất …" gets
 * "sổ đỏ"; "Sở Tư pháp Thành phố Hồ Chí Minh" gets "bình dương". Meilisearch's synonyms alone
 * cannot do this well: it ignores keys of more than three words and ranks a hit through an
 * n-word synonym like n typos (bench/search-quality/README.md).
 */
export type AliasMatcher = (title: string) => string[]

const normalize = (text: string) => ` ${text.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `

export function aliasMatcher(entries: VocabularyEntry[]): AliasMatcher {
  // phrase in the title → the words it earns
  const rules = new Map<string, Set<string>>()
  const add = (phrase: string, words: string[]) => {
    const key = normalize(phrase)
    // One-word phrases ("ký" for "kí") work as Meilisearch synonyms; as aliases they would only
    // be repeated on half the catalogue.
    if (!key.trim().includes(' ')) return
    const set = rules.get(key) ?? new Set<string>()
    for (const word of words) if (normalize(word) !== key) set.add(word.toLowerCase())
    rules.set(key, set)
  }
  for (const entry of entries) {
    if (entry.expandsTo?.length) for (const phrase of entry.expandsTo) add(phrase, entry.words)
    else for (const word of entry.words) add(word, entry.words)
  }
  const list = [...rules]
  return (title) => {
    const text = normalize(title)
    const found = new Set<string>()
    for (const [phrase, words] of list) if (text.includes(phrase)) for (const word of words) found.add(word)
    return [...found]
  }
}
