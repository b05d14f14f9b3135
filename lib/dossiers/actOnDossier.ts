import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { enqueueDossierNotification } from '@/lib/notifications/outbox'
import { transactionOf } from '@/lib/payload/transactionOf'
import type { AgencyScope } from '@/lib/staff/scope'
import { dueAt, type ProcessingTime } from '@/lib/workdays/deadline'
import { loadWorkingCalendar } from '@/lib/workdays/loadCalendar'
import type { Dossier } from '@/payload-types'
import type { StoredDocument } from './submitDossier'
import { type DossierAction, dossierTransition, type DossierState, finalStates, type SupplementStage } from './dossierWorkflow'

/** Who acts: an officer (with their agency scope), the applicant, or the system. */
export type DossierActorInput = { type: 'officer'; userId: number; scope: AgencyScope } | { type: 'citizen'; citizenId: number } | { type: 'system' }

export interface DossierActionInput {
  dossierId: number
  action: DossierAction
  actor: DossierActorInput
  /** What the citizen is told (reason of a refusal, of a transfer or an apology, a note with the result). */
  note?: string
  /** requestSupplement: exactly what is missing. */
  missing?: string[]
  /** transfer: the agency that takes the dossier over. */
  agency?: number
  /** apologize: the new appointment date (ISO). */
  newDueAt?: string
  /** returnResult: how the result is handed over (an uploaded document, or collection in person / by post). */
  result?: string
  /** Files already checked and kept in private storage: the citizen's supplement, or the officer's result. Recorded in the same transaction. */
  files?: StoredDocument[]
  now?: Date
}

export type DossierActionResult = { ok: true; dossier: Dossier } | { ok: false; status: 400 | 403 | 404 | 409; reason: string; reasonVi: string }

interface LockedRow {
  status: DossierState
  agency_id: number
  applicant_id: number
  supplement_stage: SupplementStage | null
  due_at: Date | string | null
  processing_time: ProcessingTime | null
  late_receipt_cutoff: string | null
}

const notFound = (id: number): DossierActionResult => ({ ok: false, status: 404, reason: `No dossier ${id}.`, reasonVi: 'Không tìm thấy hồ sơ.' })

/**
 * Applies one action to a dossier, in one transaction, under a lock on its row: two officers
 * acting at once are served one after the other, and the second is refused if the first changed
 * the state under them. Checks who may act (an officer of the handling agency's tree, or the
 * applicant; anyone else is told the dossier does not exist), the transition
 * (lib/dossiers/dossierWorkflow.ts), moves the clock, and appends the step to the timeline.
 */
export async function actOnDossier(payload: Payload, input: DossierActionInput): Promise<DossierActionResult> {
  const now = input.now ?? new Date()
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const db = await transactionOf(req)
    const locked = (await db.execute(sql`
      SELECT status, agency_id, applicant_id, supplement_stage, due_at, processing_time, late_receipt_cutoff
      FROM dossiers WHERE id = ${input.dossierId} FOR UPDATE`)) as unknown as { rows: LockedRow[] }
    const row = locked.rows[0]
    const { actor } = input
    const visible =
      row &&
      (actor.type === 'system' ||
        (actor.type === 'citizen' && row.applicant_id === actor.citizenId) ||
        (actor.type === 'officer' && (actor.scope === 'all' || actor.scope.includes(row.agency_id))))
    if (!row || !visible) {
      await killTransaction(req)
      return notFound(input.dossierId)
    }
    const verdict = dossierTransition({
      action: input.action,
      state: row.status,
      actor: actor.type,
      supplementStage: row.supplement_stage ?? 'reception',
      given: { reason: input.note, missing: input.missing, agency: input.agency, newDueAt: input.newDueAt, result: input.result },
    })
    if (!verdict.ok) {
      await killTransaction(req)
      return verdict
    }
    const changes = await clockAndFields(payload, input, row, verdict.next, now)
    if ('reason' in changes) {
      await killTransaction(req)
      return changes
    }
    const dossier = await payload.update({ collection: 'dossiers', id: input.dossierId, data: { status: verdict.next, ...changes }, req, overrideAccess: true, depth: 0 })
    for (const file of input.files ?? []) {
      await payload.create({
        collection: 'dossierFiles',
        data: {
          ...file,
          dossier: input.dossierId,
          applicant: row.applicant_id,
          purpose: input.action === 'supplement' ? 'supplement' : input.action === 'returnResult' ? 'result' : 'document',
          uploadedBy: actor.type === 'officer' ? actor.userId : null,
        },
        req,
        overrideAccess: true,
        depth: 0,
      })
    }
    await payload.create({
      collection: 'dossierEvents',
      data: {
        dossier: input.dossierId,
        at: now.toISOString(),
        action: input.action,
        fromState: row.status,
        toState: verdict.next,
        actorType: actor.type,
        actor: actor.type === 'officer' ? actor.userId : null,
        agency: dossier.agency as number,
        note: input.note?.trim() || null,
        dueAt: dossier.dueAt ?? null,
        detail: { ...(input.files?.length ? { files: input.files.map((file) => file.name) } : {}), ...(input.missing ? { missing: input.missing } : {}), ...(input.result ? { result: input.result } : {}), ...(input.agency ? { fromAgency: row.agency_id } : {}) },
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
    await enqueueDossierNotification(req, { dossierId: input.dossierId, event: input.action })
    await commitTransaction(req)
    return { ok: true, dossier }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** What an action changes besides the state: the clock (receipt, supplements, apology), the agency, the list of what is missing. */
async function clockAndFields(
  payload: Payload,
  input: DossierActionInput,
  row: LockedRow,
  next: DossierState,
  now: Date,
): Promise<Partial<Dossier> | { ok: false; status: 400 | 404; reason: string; reasonVi: string }> {
  const due = async () =>
    row.processing_time ? dueAt(await loadWorkingCalendar(payload), now, row.processing_time, { lateReceiptCutoff: row.late_receipt_cutoff }).toISOString() : null
  switch (input.action) {
    case 'receive':
      return { receivedAt: now.toISOString(), dueAt: await due() }
    case 'requestSupplement':
      // The clock stops while the citizen completes the dossier.
      return { supplementStage: row.status === 'submitted' ? 'reception' : 'processing', missing: input.missing ?? [], dueAt: null }
    case 'supplement':
      // Completed during processing: the processing time runs again from the supplement.
      return { supplementStage: null, missing: null, ...(row.supplement_stage === 'processing' ? { dueAt: await due() } : {}) }
    case 'transfer': {
      const agency = await payload.findByID({ collection: 'agencies', id: input.agency!, depth: 0, overrideAccess: true, disableErrors: true })
      if (!agency) return { ok: false, status: 400, reason: `No agency ${input.agency}.`, reasonVi: 'Không tìm thấy cơ quan nhận hồ sơ.' }
      if (agency.id === row.agency_id) return { ok: false, status: 400, reason: 'The dossier is already with that agency.', reasonVi: 'Hồ sơ đang ở chính cơ quan này.' }
      return { agency: agency.id }
    }
    case 'apologize': {
      const newDue = new Date(input.newDueAt!)
      const current = row.due_at ? new Date(row.due_at) : now
      if (Number.isNaN(newDue.getTime()) || newDue <= current) {
        return { ok: false, status: 400, reason: 'newDueAt must be a date after the current due date.', reasonVi: 'Ngày hẹn mới phải sau ngày hẹn hiện tại.' }
      }
      return { dueAt: newDue.toISOString() }
    }
    default:
      return finalStates.includes(next) ? { closedAt: now.toISOString() } : {}
  }
}
