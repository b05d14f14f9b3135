import { cleanLine } from './cleanText'
import { DOCUMENT_TYPE_TOKENS, ISSUER_NAMES, isLegislatureToken } from './documentNumberTokens'

/** The letter groups of a normalized number: "46/2005/TTLT/BQP-BTC" → [TTLT, BQP, BTC]. */
function lettersOf(code: string): string[] {
  const letters = code.replace(/^[\d.]+[a-z]?\/(?:\d{4}\/)?/, '')
  return letters.split(/[-/]/).filter(Boolean)
}

/** True when the title presents the document as a resolution ("Nghị quyết số …"). */
function titledAs(title: string, word: string, code: string): boolean {
  const lower = title.toLowerCase()
  return lower.startsWith(word) || lower.includes(`${word} ${code.toLowerCase()}`) || lower.includes(`${word} số ${code.toLowerCase()}`)
}

/** Document type in Vietnamese (Nghị định, Thông tư, Luật …) from the number and, for laws, the title. */
export function deriveLegalDocumentType(code: string, title: string): string {
  const [first] = lettersOf(code)
  switch (first) {
    case 'NĐ':
      return 'Nghị định'
    case 'TTLT':
      return 'Thông tư liên tịch'
    case 'TT':
      return 'Thông tư'
    case 'QĐ':
      return 'Quyết định'
    case 'NQ':
    case 'NQLT':
      return 'Nghị quyết'
    case 'PL':
      return 'Pháp lệnh'
  }
  if (first && /^QH\d+$/.test(first)) return titledAs(title, 'nghị quyết', code) ? 'Nghị quyết' : 'Luật'
  if (first && /^UBTVQH\d+$/.test(first)) return titledAs(title, 'pháp lệnh', code) ? 'Pháp lệnh' : 'Nghị quyết'
  return 'Văn bản khác'
}

const ISSUER_SPELLING: Record<string, string> = {
  'quốc hội': 'Quốc hội',
  'ủy ban thường vụ quốc hội': 'Ủy ban Thường vụ Quốc hội',
}

/**
 * Issuing body. The number's letter groups name the issuer by law (CP, TTg, BTC …), so they are
 * preferred; the source's issuer field is the fallback, with "Bộ trưởng Bộ X" read as "Bộ X".
 */
export function deriveIssuer(code: string, issuerField?: string | null): string | null {
  const letters = lettersOf(code)
  const issuers = letters.filter((token, index) => !(index === 0 && DOCUMENT_TYPE_TOKENS.has(token)))
  const names = issuers
    .map((token) =>
      /^QH\d+$/.test(token) ? 'Quốc hội' : isLegislatureToken(token) ? 'Ủy ban Thường vụ Quốc hội' : ISSUER_NAMES[token],
    )
    .filter((name): name is string => Boolean(name))
  if (names.length > 0) return [...new Set(names)].join(', ')
  const field = cleanLine(issuerField).replace(/^Bộ trưởng\s+(?=Bộ\s)/u, '')
  return field ? (ISSUER_SPELLING[field.toLowerCase()] ?? field) : null
}

const DATE_AFTER_CODE = /^[\s,]*(?:ngày|ngay)\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]|\s+tháng\s+(\d{1,2})\s+năm)\s*(\d{4})/iu

function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Issue date as yyyy-mm-dd: "ngày 15/11/2015" (or "ngày 15 tháng 11 năm 2015") right after the
 * document's own number in the title, or at the title's start; otherwise the source's
 * dd-mm-yyyy `issued` field. Dates elsewhere in a title belong to other documents it cites.
 */
export function parseIssuedDate(code: string, title: string, issuedField?: string | null): string | null {
  const year = /^[\d.]+[a-z]?\/(\d{4})\//.exec(code)?.[1]
  const places = [title]
  const at = title.indexOf(code)
  if (at >= 0) places.unshift(title.slice(at + code.length))
  for (const place of places) {
    const match = DATE_AFTER_CODE.exec(place)
    if (!match) continue
    if (year && match[4] !== year) continue
    const date = isoDate(Number(match[1]), Number(match[2] ?? match[3]), Number(match[4]))
    if (date) return date
  }
  const field = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(cleanLine(issuedField))
  return field ? isoDate(Number(field[1]), Number(field[2]), Number(field[3])) : null
}
