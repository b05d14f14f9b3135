import { cleanLine } from './cleanText'
import { findDocumentNumbers } from './findDocumentNumbers'
import type { RawProcedure } from './rawTypes'

/** Every complete document number in the legal bases (code fields and titles) of all procedures. */
export function collectKnownDocumentNumbers(raws: readonly RawProcedure[]): Set<string> {
  const known = new Set<string>()
  for (const raw of raws) {
    for (const row of raw.legal_basis ?? []) {
      for (const text of [row.code, row.title]) {
        for (const match of findDocumentNumbers(cleanLine(text))) if (match.status === 'valid') known.add(match.code)
      }
    }
  }
  return known
}
