import type { PayloadRequest } from 'payload'
import { agencyIdOf, agencyTree } from '@/lib/staff/scope'
import type { Media, Procedure, PublicationDecision } from '@/payload-types'
import { diffProcedure, type FieldChange } from './procedureDiff'

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

type Words = { vi: string; en: string }
const say = (req: PayloadRequest, words: Words) => (req.i18n?.language === 'en' ? words.en : words.vi)

/** The latest version of a procedure when it is a draft not yet published (a new procedure or an amendment). */
export async function pendingDraft(req: PayloadRequest, procedure: number, depth = 0): Promise<Procedure | null> {
  const { docs } = await req.payload.findVersions({
    collection: 'procedures',
    where: { and: [{ parent: { equals: procedure } }, { latest: { equals: true } }] },
    depth,
    limit: 1,
    locale: 'vi',
    pagination: false,
    overrideAccess: true,
    req,
  })
  const latest = docs[0]?.version as Procedure | undefined
  return latest && latest._status === 'draft' ? latest : null
}

/** Checks a publication decision's items against the procedures database, as they stand now. */
export async function checkDecision(req: PayloadRequest, decisionId: number | string): Promise<DecisionReport> {
  const decision = (await req.payload.findByID({ collection: 'publicationDecisions', id: decisionId, depth: 1, locale: 'vi', req, overrideAccess: true })) as PublicationDecision
  const issuer = agencyIdOf(decision.issuer as never)
  const issuerTree = issuer === undefined ? undefined : await agencyTree(req.payload, issuer)
  const document = decision.document && typeof decision.document === 'object' ? (decision.document as Media) : null
  const problems: string[] = []
  const warnings: string[] = []
  const items = decision.items ?? []
  if (items.length === 0) problems.push(say(req, { vi: 'Quyết định chưa có thủ tục nào.', en: 'The decision lists no procedure.' }))
  if (!decision.effectiveDate) problems.push(say(req, { vi: 'Chưa nhập ngày hiệu lực.', en: 'The effective date is missing.' }))
  if (!issuer) problems.push(say(req, { vi: 'Chưa nhập cơ quan ban hành.', en: 'The issuing agency is missing.' }))
  if (!document) warnings.push(say(req, { vi: 'Chưa đính kèm văn bản đã ký (PDF) để đối chiếu.', en: 'The signed decision (PDF) is not attached for comparison.' }))

  const seen = new Map<number, number>()
  const reports: ItemReport[] = []
  for (const [index, item] of items.entries()) {
    const position = index + 1
    const action = item.action as ItemAction
    const id = typeof item.procedure === 'object' ? (item.procedure as Procedure | null)?.id : (item.procedure as number | null)
    const report: ItemReport = { position, action, procedure: null, problems: [] }
    reports.push(report)
    const procedure = id
      ? ((await req.payload.findByID({ collection: 'procedures', id, depth: 1, locale: 'vi', req, overrideAccess: true, disableErrors: true })) as Procedure | null)
      : null
    if (!procedure) {
      report.problems.push(say(req, { vi: 'Không tìm thấy thủ tục.', en: 'The procedure does not exist.' }))
      continue
    }
    const draft = await pendingDraft(req, procedure.id, 1)
    report.procedure = { id: procedure.id, code: procedure.code, name: draft?.name ?? procedure.name, slug: procedure.slug ?? null, status: procedure.status }
    const earlier = seen.get(procedure.id)
    if (earlier) report.problems.push(say(req, { vi: `Thủ tục đã có ở dòng ${earlier}.`, en: `The procedure is already listed in row ${earlier}.` }))
    seen.set(procedure.id, position)
    const owner = agencyIdOf(procedure.ministry as never)
    if (issuerTree && (owner === undefined || !issuerTree.includes(owner))) {
      report.problems.push(say(req, { vi: 'Thủ tục do cơ quan khác quản lý, không thuộc cơ quan ban hành quyết định.', en: 'The procedure is managed by an agency outside the issuer’s agency tree.' }))
    }
    if (action === 'publish') {
      if (procedure.status !== 'draft') {
        report.problems.push(
          procedure.status === 'published'
            ? say(req, { vi: 'Thủ tục đã được công bố; dùng "Sửa đổi, bổ sung".', en: 'The procedure is already published; list it as amended.' })
            : say(req, { vi: 'Thủ tục đã bị bãi bỏ.', en: 'The procedure has been abolished.' }),
        )
      }
    } else if (procedure.status !== 'published') {
      report.problems.push(say(req, { vi: 'Thủ tục chưa được công bố nên không thể sửa đổi hay bãi bỏ.', en: 'The procedure is not published, so it cannot be amended or abolished.' }))
    } else if (action === 'amend') {
      if (!draft) {
        report.problems.push(say(req, { vi: 'Chưa nhập nội dung sửa đổi (chưa có bản nháp).', en: 'No amendment has been entered (there is no draft).' }))
      } else {
        report.changes = diffProcedure(procedure as never, draft as never)
        if (report.changes.length === 0) report.problems.push(say(req, { vi: 'Bản nháp sửa đổi không khác bản đang công khai.', en: 'The amendment does not differ from the published version.' }))
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
