import { isInformativeLegalTitle, pickLegalTitle } from './pickLegalTitle'
import type { LegalDocumentRecord } from './types'

export interface MergedLegalDocuments {
  legalDocuments: LegalDocumentRecord[]
  /** Numbers whose citing procedures give different informative titles, or different issue dates. */
  conflicts: { titles: number; issuedDates: number }
}

/** The value given most often (first seen wins a tie); null when none is given. */
function mostCommon<T>(values: readonly (T | null)[]): T | null {
  const counts = new Map<T, number>()
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: T | null = null
  let bestCount = 0
  for (const [value, count] of counts) if (count > bestCount) [best, bestCount] = [value, count]
  return best
}

function comparable(title: string): string {
  return title.toLowerCase().replace(/[\s.;,:]+/g, ' ').trim()
}

/** Dedupes legal documents by number across procedures: longest informative title, most common date, type and issuer. */
export function mergeLegalDocuments(documents: readonly LegalDocumentRecord[]): MergedLegalDocuments {
  const byCode = new Map<string, LegalDocumentRecord[]>()
  for (const document of documents) byCode.set(document.code, [...(byCode.get(document.code) ?? []), document])
  const conflicts = { titles: 0, issuedDates: 0 }
  const legalDocuments = [...byCode].map(([code, versions]): LegalDocumentRecord => {
    const informative = new Set(versions.filter((v) => isInformativeLegalTitle(v.title)).map((v) => comparable(v.title)))
    if (informative.size > 1) conflicts.titles++
    if (new Set(versions.map((v) => v.issuedDate).filter(Boolean)).size > 1) conflicts.issuedDates++
    const title = pickLegalTitle(versions.map((v) => v.title), versions[0].title)
    return {
      code,
      title,
      type: versions.find((v) => v.title === title)?.type ?? versions[0].type,
      issuedDate: mostCommon(versions.map((v) => v.issuedDate)),
      issuer: mostCommon(versions.map((v) => v.issuer)),
    }
  })
  return { legalDocuments, conflicts }
}
