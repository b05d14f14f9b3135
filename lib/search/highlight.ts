/** Marks Meilisearch puts around matched words; control characters, so they never occur in content. */
export const HIGHLIGHT_PRE = '\u0002'
export const HIGHLIGHT_POST = '\u0003'

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Text highlighted by Meilisearch as safe HTML: everything escaped, then the marks turned into
 * <mark>…</mark>. Unbalanced marks (a crop can cut one off) are closed or dropped.
 */
export function toMarkedHtml(text: string): string {
  let open = false
  let html = ''
  for (const char of text) {
    if (char === HIGHLIGHT_PRE) {
      if (!open) html += '<mark>'
      open = true
    } else if (char === HIGHLIGHT_POST) {
      if (open) html += '</mark>'
      open = false
    } else html += escapes[char] ?? char
  }
  return open ? `${html}</mark>` : html
}

/** The words Meilisearch marked in a highlighted text, in order ("\u0002Đăng\u0003 \u0002ký\u0003 …" → ["Đăng", "ký"]). */
export function markedParts(text: string): string[] {
  const parts: string[] = []
  for (const [, part] of text.matchAll(/\u0002([^\u0002\u0003]*)\u0003/g)) if (part) parts.push(...part.split(/\s+/).filter(Boolean))
  return parts
}

/** The same text without marks (for attributes and plain-text places). */
export const stripMarks = (text: string) => text.replaceAll(HIGHLIGHT_PRE, '').replaceAll(HIGHLIGHT_POST, '')

/** Plain text as safe HTML, for hits from an engine that does not highlight. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!)

/** Lower case without Vietnamese diacritics, đ → d: how a citizen may type a word. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
}
