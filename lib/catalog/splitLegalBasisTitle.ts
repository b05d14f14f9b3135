import { type DocumentNumberMatch, findDocumentNumbers } from './findDocumentNumbers'

export interface TitleSegment {
  /** The number that closes this piece of title, or null for the piece after the last one. */
  number: DocumentNumberMatch | null
  text: string
}

// Words after which a number is cited inside a title ("Nghị định số 123/2015/NĐ-CP") rather
// than standing alone as the number of a row that the crawler ran together with the next one.
const CITING_WORDS = new Set(['số', 'định', 'đinh', 'tư', 'thư', 'luật', 'quyết', 'lệnh', 'thị', 'văn', 'bản', 'hiệu'])

/** True when the number stands alone between two titles (glued or listed), not cited in prose. */
function isSeparator(title: string, match: DocumentNumberMatch): boolean {
  const before = title.slice(0, match.start)
  const after = title.slice(match.end)
  if (match.start === 0) return true
  const previousWord = (/(\S+)\s*$/u.exec(before)?.[1] ?? '').replace(/[^\p{L}]/gu, '').toLowerCase()
  // "… Bộ Tư pháp18/2026/NĐ-CP …": glued to the previous word (but "số125/2025/NĐ-CP" is cited).
  if (/[\p{L}\d.;,:)]$/u.test(before)) return previousWord !== 'số'
  if (CITING_WORDS.has(previousWord) || /liên tịch\s*$/iu.test(before)) return false
  // "… Luật Quản lý thuế 38/2019/QH14 86/2024/TT-BTC": listed, then another number, a new
  // title (capital letter, dash) or the end.
  return after.trim() === '' || /^\s+\d/.test(after) || /^\s*\p{Lu}/u.test(after) || /^\s*[-–]\s/u.test(after) || /^\p{L}/u.test(after)
}

/**
 * Splits a legal-basis title at document numbers that stand alone in it. The crawler flattened
 * rows of "title number" pairs, so each piece of text belongs to the number that follows it and
 * the last piece to the row's own number: "A 18/2026/NĐ-CP B" with code 87/2020/NĐ-CP gives
 * A → 18/2026/NĐ-CP and B → 87/2020/NĐ-CP.
 */
export function splitLegalBasisTitle(title: string): TitleSegment[] {
  const segments: TitleSegment[] = []
  let cursor = 0
  for (const match of findDocumentNumbers(title)) {
    if (!isSeparator(title, match)) continue
    segments.push({ number: match, text: title.slice(cursor, match.start) })
    cursor = match.end
  }
  segments.push({ number: null, text: title.slice(cursor) })
  return segments
}
