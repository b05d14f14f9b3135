import type { PayloadRequest } from 'payload'
import { agencyIdOf, agencyTree } from '@/lib/staff/scope'
import type { Media, Procedure, PublicationDecision } from '@/payload-types'
import { diffProcedure, type FieldChange } from './procedureDiff'
import { say } from '@/lib/payload/requestLanguage'

type ItemAction = 'publish' | 'amend' | 'abolish'

export interface ItemReport {
  /** Position in the decision (1-based), as the reviewer counts rows. */
  position: number
  action: ItemAction
  procedure: { id: number; code: string; name: string; slug: string | null; status: string } | null
  /** Why the item cannot be published as entered; empty when it can. */
  problems: string[]
  /** For an amendment: what it changes against the published version. */
  changes?: FieldChange[]
}

/**
 * What a reviewer checks before approving, and what publishing requires: each item with its
 * problems (and, for an amendment, the field-level changes), problems of the decision itself, and
 * warnings that do not block (the signed PDF not attached). `ready` when nothing blocks.
 */
export interface DecisionReport {
  decision: { id: number; number: string; status: string; effectiveDate: string | null; document: { url: string; filename: string } | null }
  items: ItemReport[]
  problems: string[]
  warnings: string[]
  ready: boolean
}


/** The id of a related document, populated or not. */
const idOf = (relation: unknown) => (typeof relation === 'object' && relation !== null ? (relation as { id: number }).id : (relation as number))

/** Checks a publication decision's items against the procedures database, as they stand now. */
export async function checkDecision(req: PayloadRequest, decisionId: number | string): Promise<DecisionReport> {
  const decision = (await req.payload.findByID({ collection: 'publicationDecisions', id: decisionId, depth: 0, locale: 'vi', req, overrideAccess: true })) as PublicationDecision
  const issuer = agencyIdOf(decision.issuer as never)
  const issuerTree = issuer === undefined ? undefined : await agencyTree(req.payload, issuer)
  const document = decision.document
    ? ((await req.payload.findByID({ collection: 'media', id: decision.document as number, depth: 0, req, overrideAccess: true, disableErrors: true })) as Media | null)
    : null
  const problems: string[] = []
  const warnings: string[] = []
  const items = decision.items ?? []
  if (items.length === 0) problems.push(say(req, 'Quyết định chưa có thủ tục nào.', 'The decision lists no procedure.'))
  if (!decision.effectiveDate) problems.push(say(req, 'Chưa nhập ngày hiệu lực.', 'The effective date is missing.'))
  if (!issuer) problems.push(say(req, 'Chưa nhập cơ quan ban hành.', 'The issuing agency is missing.'))
  if (!document) warnings.push(say(req, 'Chưa đính kèm văn bản đã ký (PDF) để đối chiếu.', 'The signed decision (PDF) is not attached for comparison.'))

  // The listed procedures as published (or as first entered), and their pending drafts: two queries for the whole decision.
  const ids = items.map((item) => item.procedure as number | null).filter((id): id is number => typeof id === 'number')
  const lookup = { collection: 'procedures' as const, depth: 1, locale: 'vi' as const, pagination: false as const, overrideAccess: true, req }
  const found = ids.length ? (await req.payload.find({ ...lookup, where: { id: { in: ids } } })).docs : []
  const procedures = new Map(found.map((p) => [p.id, p as Procedure]))
  const latest = ids.length ? (await req.payload.findVersions({ ...lookup, where: { and: [{ parent: { in: ids } }, { latest: { equals: true } }] } })).docs : []
  // The latest version when it is a draft not yet published: a new procedure or an amendment.
  const drafts = new Map(
    latest.filter((v) => v.version._status === 'draft').map((v) => [idOf(v.parent), v.version as Procedure]),
  )

  const seen = new Map<number, number>()
  const reports: ItemReport[] = []
  for (const [index, item] of items.entries()) {
    const position = index + 1
    const action = item.action as ItemAction
    const report: ItemReport = { position, action, procedure: null, problems: [] }
    reports.push(report)
    const procedure = procedures.get(item.procedure as number)
    if (!procedure) {
      report.problems.push(say(req, 'Không tìm thấy thủ tục.', 'The procedure does not exist.'))
      continue
    }
    const draft = drafts.get(procedure.id)
    report.procedure = { id: procedure.id, code: procedure.code, name: draft?.name ?? procedure.name, slug: procedure.slug ?? null, status: procedure.status }
    const earlier = seen.get(procedure.id)
    if (earlier) report.problems.push(say(req, `Thủ tục đã có ở dòng ${earlier}.`, `The procedure is already listed in row ${earlier}.`))
    seen.set(procedure.id, position)
    const owner = agencyIdOf(procedure.ministry as never)
    if (issuerTree && (owner === undefined || !issuerTree.includes(owner))) {
      report.problems.push(say(req, 'Thủ tục do cơ quan khác quản lý, không thuộc cơ quan ban hành quyết định.', 'The procedure is managed by an agency outside the issuer’s agency tree.'))
    }
    if (action === 'publish') {
      if (procedure.status !== 'draft') {
        report.problems.push(
          procedure.status === 'published'
            ? say(req, 'Thủ tục đã được công bố; dùng "Sửa đổi, bổ sung".', 'The procedure is already published; list it as amended.')
            : say(req, 'Thủ tục đã bị bãi bỏ.', 'The procedure has been abolished.'),
        )
      }
    } else if (procedure.status !== 'published') {
      report.problems.push(say(req, 'Thủ tục chưa được công bố nên không thể sửa đổi hay bãi bỏ.', 'The procedure is not published, so it cannot be amended or abolished.'))
    } else if (action === 'amend') {
      if (!draft) {
        report.problems.push(say(req, 'Chưa nhập nội dung sửa đổi (chưa có bản nháp).', 'No amendment has been entered (there is no draft).'))
      } else {
        report.changes = diffProcedure(procedure as never, draft as never)
        if (report.changes.length === 0) report.problems.push(say(req, 'Bản nháp sửa đổi không khác bản đang công khai.', 'The amendment does not differ from the published version.'))
      }
    }
  }
  const ready = problems.length === 0 && reports.every((r) => r.problems.length === 0)
  return {
    decision: {
      id: decision.id,
      number: decision.number,
      status: decision.status,
      effectiveDate: decision.effectiveDate ?? null,
      document: document?.url ? { url: document.url, filename: document.filename ?? '' } : null,
    },
    items: reports,
    problems,
    warnings,
    ready,
  }
}

/** The blocking problems of a report in one message, row by row. */
export function describeProblems(report: DecisionReport): string {
  return [...report.problems, ...report.items.flatMap((item) => item.problems.map((p) => `#${item.position} ${item.procedure?.code ?? ''}: ${p}`))].join(' ')
}
