import { collectLegalBasisTitles, type LegalBasisRowOutcome } from './collectLegalBasisTitles'
import { deriveIssuer, deriveLegalDocumentType, parseIssuedDate } from './describeLegalDocument'
import { extendTruncatedNumber } from './extendTruncatedNumber'
import { findDocumentNumbers } from './findDocumentNumbers'
import { readLegalBasisRow } from './legalBasisRow'
import { pickLegalTitle } from './pickLegalTitle'
import type { RawLegalBasis } from './rawTypes'
import { repairLegalBasisNumbers } from './repairLegalBasisNumbers'
import type { LegalDocumentRecord, ReviewFlag } from './types'

export interface LegalBasisContext {
  /** Complete document numbers seen anywhere in the data, used to complete cut-off ones. */
  knownCodes?: ReadonlySet<string>
}

export interface ParsedLegalBasis {
  codes: string[]
  documents: LegalDocumentRecord[]
  unresolved: string[]
  flags: ReviewFlag[]
  /** What became of each source row, in order (for auditing the import). */
  rows: LegalBasisRowOutcome[]
}

/**
 * Turns a procedure's legal-basis rows into document numbers and legal documents. The source
 * rows were parsed from flattened text and some are wrong: numbers cut in two across rows,
 * titles with other rows' numbers run in, codes missing. Every row ends up tied to a number or
 * kept as text in `unresolved`, and every repair is flagged.
 */
export function parseLegalBasis(raws: readonly RawLegalBasis[], context: LegalBasisContext = {}): ParsedLegalBasis {
  const rows = raws.map(readLegalBasisRow)
  // This procedure's own numbers (as repaired so far) first: they are the likeliest completion.
  const local = function* (): Generator<string> {
    for (const row of rows) {
      if (row.code && !row.truncated) yield row.code
      for (const match of findDocumentNumbers(row.title)) if (match.status === 'valid') yield match.code
    }
  }
  const complete = (code: string): string | null =>
    extendTruncatedNumber(code, local()) ?? (context.knownCodes ? extendTruncatedNumber(code, context.knownCodes) : null)
  const repairFlags = repairLegalBasisNumbers(rows, complete, context.knownCodes)
  const collected = collectLegalBasisTitles(rows, complete)

  const documents = [...collected.documents].map(([code, entry]): LegalDocumentRecord => {
    const fallbackType = deriveLegalDocumentType(code, entry.titles.join(' '))
    let title = pickLegalTitle(entry.titles, `${fallbackType} ${code}`)
    // A title left starting "ngày 30/12/2025 của Thủ tướng …" once its number was cut away.
    if (/^(?:ngày|của)\s/u.test(title)) title = `${fallbackType} ${code} ${title}`
    return {
      code,
      title,
      type: deriveLegalDocumentType(code, title),
      issuedDate: entry.titles.map((text) => parseIssuedDate(code, text)).find(Boolean) ?? parseIssuedDate(code, '', entry.issued),
      issuer: deriveIssuer(code, entry.issuer),
    }
  })
  return {
    codes: documents.map((document) => document.code),
    documents,
    unresolved: collected.unresolved,
    flags: [...repairFlags, ...collected.flags],
    rows: collected.outcomes,
  }
}
