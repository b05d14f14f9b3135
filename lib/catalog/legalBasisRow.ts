import { cleanLine } from './cleanText'
import { readDocumentNumber } from './findDocumentNumbers'
import type { RawLegalBasis } from './rawTypes'

/** One legal-basis row while it is being repaired. */
export interface LegalBasisRow {
  rawCode: string
  rawTitle: string
  /** Title still to be assigned (fragments of neighbouring numbers removed). */
  title: string
  /** The number as read from the code field, before any repair. */
  initial: { code: string; truncated: boolean } | null
  code: string | null
  truncated: boolean
  issued: string | null
  issuer: string | null
  /** The start of this row's title completed the previous row's cut-off number. */
  endsPrevious: boolean
}

/** Reads a raw legal-basis row: cleaned texts and the number in its code field, if any. */
export function readLegalBasisRow(raw: RawLegalBasis): LegalBasisRow {
  const rawCode = cleanLine(raw.code)
  const number = rawCode ? readDocumentNumber(rawCode) : null
  const initial = number ? { code: number.code, truncated: number.status === 'truncated' } : null
  const rawTitle = cleanLine(raw.title)
  return {
    rawCode,
    rawTitle,
    title: rawTitle,
    initial,
    code: initial?.code ?? null,
    truncated: initial?.truncated ?? false,
    issued: raw.issued ?? null,
    issuer: raw.issuer ?? null,
    endsPrevious: false,
  }
}
