// Invisible characters left by the source editors (left-to-right marks inside words such as
// "đăng k\u200eý", soft hyphens, BOMs); they break search and equality without being visible.
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g

/** Unicode-normalizes (NFC), removes invisible characters and trims; null becomes ''. */
export function cleanText(value: string | null | undefined): string {
  if (value == null) return ''
  // The crawl mixes composed and decomposed Vietnamese; NFC makes equal names compare equal.
  return value.normalize('NFC').replace(INVISIBLE, '').trim()
}

/** Like cleanText, and also collapses runs of whitespace (for one-line titles and codes). */
export function cleanLine(value: string | null | undefined): string {
  return cleanText(value).replace(/\s+/g, ' ')
}
