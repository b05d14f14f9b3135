import type { ProcedureRecord } from '@/lib/catalog/types'
import type { Procedure } from '@/payload-types'

export type ProcedureData = Omit<Procedure, 'id' | 'createdAt' | 'updatedAt' | 'slug'>

export interface ProcedureRelations {
  agency: (name: string) => number | null
  field: (name: string) => number | null
  legalDocument: (code: string) => number | null
  decision: (number: string) => number | null
}

/** The Payload document for a normalized procedure; imported procedures are published as they stand in the national database. */
export function toProcedureData(record: ProcedureRecord, relations: ProcedureRelations): ProcedureData {
  return {
    code: record.code,
    name: record.name,
    status: 'published',
    _status: 'published',
    ministry: relations.agency(record.ministry),
    field: relations.field(record.field),
    levels: record.levels,
    subjects: record.subjects,
    procedureType: record.procedureType || null,
    competentAuthority: record.competentAuthority ? relations.agency(record.competentAuthority) : null,
    executingAgency: record.executingAgency ? relations.agency(record.executingAgency) : null,
    receivingAddress: record.receivingAddress || null,
    delegatedAgency: record.delegatedAgency || null,
    coordinatingAgency: record.coordinatingAgency || null,
    relatedProcedures: record.relatedProcedures || null,
    onlineServiceLevel: record.onlineServiceLevel,
    steps: record.steps.map((description) => ({ description })),
    channels: record.channels.map((c) => ({
      channel: c.channel,
      processingTime: { value: c.processingTime.value, unit: c.processingTime.unit, text: c.processingTime.text || null },
      feeText: c.feeText || null,
      free: c.free,
    })),
    dossierGroups: record.dossierGroups.map((g) => ({
      title: g.title,
      documents: g.documents.map((d) => ({
        name: d.name,
        originals: d.originals,
        copies: d.copies,
        quantityText: d.quantityText || null,
        templateName: d.templateName,
      })),
    })),
    requirements: record.requirements || null,
    results: record.results.map((r) => ({ name: r.name, code: r.code })),
    legalBases: record.legalBasisCodes.map(relations.legalDocument).filter((id): id is number => id !== null),
    legalBasisUnresolved: record.legalBasisUnresolved.map((text) => ({ text })),
    publicationDecision: record.decisionNumber ? relations.decision(record.decisionNumber) : null,
    sourceUrl: record.sourceUrl || null,
    source: record.source || null,
    needsReview: record.reviewFlags.length > 0,
    reviewFlags: record.reviewFlags.map((f) => ({ code: f.code, message: f.message })),
  }
}
