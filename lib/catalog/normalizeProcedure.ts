import { cleanLine, cleanText } from './cleanText'
import { deriveOnlineServiceLevel } from './deriveOnlineServiceLevel'
import { findRejectionReasons } from './findRejectionReasons'
import { mapLevels } from './mapLevels'
import { normalizeChannels } from './normalizeChannels'
import { normalizeDecisionNumber } from './normalizeDecisionNumber'
import { normalizeDossierGroups } from './normalizeDossierGroups'
import { normalizeSubjects } from './normalizeSubjects'
import { type LegalBasisContext, parseLegalBasis } from './parseLegalBasis'
import type { RawProcedure } from './rawTypes'
import { splitSteps } from './splitSteps'
import type { LegalDocumentRecord, ProcedureRecord, RejectedRecord, ReviewFlag } from './types'

export interface NormalizedProcedure {
  record?: ProcedureRecord
  legalDocuments: LegalDocumentRecord[]
  rejected?: RejectedRecord
}

/** The same problem reported twice (e.g. two identical channel rows) is one flag for an editor. */
function uniqueFlags(flags: readonly ReviewFlag[]): ReviewFlag[] {
  const seen = new Set<string>()
  return flags.filter((flag) => {
    const key = `${flag.code}\u0000${flag.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Turns one crawled procedure into its normalized record and the legal documents it cites, or
 * a rejection (with the raw record) when it has no valid code, name, ministry or field. Source
 * defects that do not prevent import are kept visible as review flags on the record.
 */
export function normalizeProcedure(raw: RawProcedure, context: LegalBasisContext = {}): NormalizedProcedure {
  const reasons = findRejectionReasons(raw)
  if (reasons.length > 0) {
    return { legalDocuments: [], rejected: { kind: 'procedure', key: cleanLine(raw.code) || cleanLine(raw.name), reasons, record: raw } }
  }
  const levels = mapLevels(raw.levels ?? [])
  const subjects = normalizeSubjects(raw.subjects ?? [])
  const channels = normalizeChannels(raw.channels ?? [])
  const dossier = normalizeDossierGroups(raw.documents ?? [])
  const decision = normalizeDecisionNumber(raw.decision_no)
  const legalBasis = parseLegalBasis(raw.legal_basis ?? [], context)
  const steps = splitSteps(raw.steps_text)
  const stepFlags: ReviewFlag[] = steps.length === 0 ? [{ code: 'steps-missing', message: 'Không có trình tự thực hiện' }] : []

  const record: ProcedureRecord = {
    code: cleanLine(raw.code),
    name: cleanLine(raw.name),
    ministry: cleanLine(raw.ministry),
    field: cleanLine(raw.field),
    levels: levels.levels,
    procedureType: cleanLine(raw.procedure_type),
    subjects: subjects.subjects,
    competentAuthority: cleanLine(raw.competent_authority),
    executingAgency: cleanLine(raw.executing_agency),
    receivingAddress: cleanText(raw.receiving_address),
    delegatedAgency: cleanLine(raw.delegated_agency),
    coordinatingAgency: cleanLine(raw.coordinating_agency),
    relatedProcedures: cleanText(raw.related_procedures),
    steps,
    channels: channels.channels,
    dossierGroups: dossier.dossierGroups,
    requirements: cleanText(raw.requirements),
    results: (raw.results ?? []).map((result) => ({ name: cleanText(result.name), code: cleanLine(result.code) || null })),
    legalBasisCodes: legalBasis.codes,
    legalBasisUnresolved: legalBasis.unresolved,
    decisionNumber: decision.decisionNumber,
    onlineServiceLevel: deriveOnlineServiceLevel(channels.channels.map((channel) => channel.channel)),
    sourceUrl: cleanLine(raw.source_url),
    source: cleanLine(raw.source),
    reviewFlags: uniqueFlags([
      ...levels.flags,
      ...subjects.flags,
      ...stepFlags,
      ...channels.flags,
      ...dossier.flags,
      ...decision.flags,
      ...legalBasis.flags,
    ]),
  }
  return { record, legalDocuments: legalBasis.documents }
}
