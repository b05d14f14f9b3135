import { collectKnownDocumentNumbers } from './collectKnownDocumentNumbers'
import { mergeLegalDocuments } from './mergeLegalDocuments'
import { normalizeProcedure } from './normalizeProcedure'
import type { RawProcedure } from './rawTypes'
import type { LegalDocumentRecord, NormalizedProcedures, ProcedureRecord, PublicationDecisionRecord, RejectedRecord } from './types'

/** Publication decisions by number; the issuer is the ministry of most procedures citing it. */
function collectDecisions(procedures: readonly ProcedureRecord[]): PublicationDecisionRecord[] {
  const ministries = new Map<string, Map<string, number>>()
  for (const procedure of procedures) {
    if (!procedure.decisionNumber) continue
    const counts = ministries.get(procedure.decisionNumber) ?? new Map<string, number>()
    counts.set(procedure.ministry, (counts.get(procedure.ministry) ?? 0) + 1)
    ministries.set(procedure.decisionNumber, counts)
  }
  return [...ministries].map(([number, counts]) => ({
    number,
    issuer: [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0],
  }))
}

/** Normalizes all crawled procedures: records, deduplicated legal documents, decisions and rejections. */
export function normalizeAll(raws: readonly RawProcedure[]): NormalizedProcedures {
  const knownCodes = collectKnownDocumentNumbers(raws)
  const procedures: ProcedureRecord[] = []
  const legalDocuments: LegalDocumentRecord[] = []
  const rejected: RejectedRecord[] = []
  const seen = new Set<string>()
  for (const raw of raws) {
    const result = normalizeProcedure(raw, { knownCodes })
    if (result.rejected) rejected.push(result.rejected)
    if (!result.record) continue
    if (seen.has(result.record.code)) {
      rejected.push({ kind: 'procedure', key: result.record.code, reasons: [`Trùng mã thủ tục «${result.record.code}»`], record: raw })
      continue
    }
    seen.add(result.record.code)
    procedures.push(result.record)
    legalDocuments.push(...result.legalDocuments)
  }
  const merged = mergeLegalDocuments(legalDocuments)
  return {
    procedures,
    legalDocuments: merged.legalDocuments,
    decisions: collectDecisions(procedures),
    rejected,
    legalDocumentConflicts: merged.conflicts,
  }
}
