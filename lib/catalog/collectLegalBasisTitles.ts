import { cleanLegalTitle } from './cleanLegalTitle'
import { findDocumentNumbers } from './findDocumentNumbers'
import type { LegalBasisRow } from './legalBasisRow'
import { splitLegalBasisTitle } from './splitLegalBasisTitle'
import type { ReviewFlag } from './types'

export interface CollectedDocument {
  titles: string[]
  issued: string | null
  issuer: string | null
}

/** What became of one source row: the numbers it was tied to and the text kept unresolved. */
export interface LegalBasisRowOutcome {
  codes: string[]
  unresolved: string[]
}

export interface CollectedLegalBasis {
  /** Titles and source dates per document number, in order of first citation. */
  documents: Map<string, CollectedDocument>
  unresolved: string[]
  flags: ReviewFlag[]
  /** One entry per source row, in order. */
  outcomes: LegalBasisRowOutcome[]
}

// "Nghị định số 184/2025/NĐ-CP của …": a title that starts by naming its document.
const NAMED_START = /^[\s\-–:;,.]*(?:Bộ luật|Luật|Nghị định|Nghị quyết|Thông tư liên tịch|Thông tư|Quyết định|Pháp lệnh)(?:\s+số)?\s*$/iu

/** The number and year of a document number, without its letters ("190/2025/"). */
function headOf(code: string): string {
  return /^[\d.]+[a-z]?\/(?:\d{4}\/)?/.exec(code)?.[0] ?? code
}

/** The number a piece of title belongs to: its closing number, unless it starts by naming another. */
function ownerOf(text: string, closing: string): string {
  const first = findDocumentNumbers(text)[0]
  if (first?.status === 'valid' && NAMED_START.test(text.slice(0, first.start)) && headOf(first.code) !== headOf(closing)) return first.code
  return closing
}

/**
 * Assigns the titles of repaired rows to document numbers, splitting titles that hold several
 * rows run together, and keeps every row that cannot be tied to a number as text.
 */
export function collectLegalBasisTitles(rows: readonly LegalBasisRow[], complete: (code: string) => string | null): CollectedLegalBasis {
  const documents = new Map<string, CollectedDocument>()
  const unresolved: string[] = []
  const flags: ReviewFlag[] = []
  const outcomes: LegalBasisRowOutcome[] = []
  let outcome: LegalBasisRowOutcome = { codes: [], unresolved: [] }
  const collect = (code: string, text: string, row: LegalBasisRow | null): void => {
    if (!outcome.codes.includes(code)) outcome.codes.push(code)
    const entry = documents.get(code) ?? { titles: [], issued: null, issuer: null }
    const title = cleanLegalTitle(text)
    if (title) entry.titles.push(title)
    if (row) {
      entry.issued ??= row.issued
      entry.issuer ??= row.issuer
    }
    documents.set(code, entry)
  }
  const leaveUnresolved = (text: string, why: string): void => {
    if (!text) return
    unresolved.push(text)
    outcome.unresolved.push(text)
    flags.push({ code: 'legal-basis-unresolved', message: `Không xác định được số hiệu văn bản (${why}): «${text}»` })
  }

  rows.forEach((row, index) => {
    outcome = { codes: [], unresolved: [] }
    outcomes.push(outcome)
    const rowCode = row.code && !row.truncated ? row.code : null
    const segments = splitLegalBasisTitle(row.title)
    const others: string[] = []
    segments.forEach((segment, position) => {
      const closing = segment.number ? (segment.number.status === 'valid' ? segment.number.code : complete(segment.number.code)) : rowCode
      if (segment.number && !closing) {
        leaveUnresolved(`${segment.number.code} ${cleanLegalTitle(segment.text)}`.trim(), 'số hiệu bị cắt cụt trong trích yếu')
        return
      }
      // Text after the last number belongs to the row's own number, if it has one.
      if (!closing || (!segment.number && position !== segments.length - 1)) return
      const owner = ownerOf(segment.text, closing)
      collect(owner, segment.text, owner === rowCode ? row : null)
      if (owner !== rowCode && !others.includes(owner)) others.push(owner)
    })
    if (!rowCode) {
      const tail = cleanLegalTitle(segments[segments.length - 1].text)
      const previous = rows[index - 1]
      const why = row.truncated
        ? 'số hiệu bị cắt cụt'
        : row.endsPrevious && previous
          ? `có thể là phần cuối của số hiệu «${previous.code}» ở dòng trước`
          : 'nguồn không ghi số hiệu'
      // Keep the source row as published, unless all of its text was tied to numbers above.
      if (tail || others.length === 0) leaveUnresolved(others.length ? tail : [row.rawCode, row.rawTitle].filter(Boolean).join(' '), why)
    }
    if (!row.rawCode && !row.rawTitle) flags.push({ code: 'legal-basis-empty', message: 'Dòng căn cứ pháp lý trống (không có số hiệu, không có trích yếu)' })
    if (others.length > 0) {
      const codes = [...(rowCode ? [rowCode] : []), ...others].map((code) => `«${code}»`).join(', ')
      flags.push({ code: 'legal-basis-split', message: `Trích yếu chứa văn bản khác, đã tách thành ${codes}: «${row.rawTitle}»` })
    }
  })
  return { documents, unresolved, flags, outcomes }
}
