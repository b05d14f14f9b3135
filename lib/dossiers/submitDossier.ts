import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { transactionOf } from '@/lib/payload/transactionOf'
import { vietnamDay } from '@/lib/workdays/days'
import { dueAt, type ProcessingTime } from '@/lib/workdays/deadline'
import { loadWorkingCalendar } from '@/lib/workdays/loadCalendar'
import { enqueueDossierNotification } from '@/lib/notifications/outbox'
import type { Dossier } from '@/payload-types'
import { nextDossierCode } from './dossierCode'
import { handlingAgencyOf, lateReceiptCutoffOf, onlineProcessingTime } from './handling'

export interface Submission {
  citizenId: number
  procedureId: number
  /** The form's answers, already validated against the procedure's form. */
  data: Record<string, unknown>
  /** Chosen by the page that submits (one per draft and attempt): a retry or a second click sends it again. */
  idempotencyKey: string
  /** The draft being submitted: its files become the dossier's and it is deleted, in the same transaction. */
  draftId?: number
  /** Files already checked and kept in private storage (submissions through the API), recorded in the same transaction. */
  files?: StoredDocument[]
  now?: Date
}

/** A checked file in private storage, answering one document of the form. */
export interface StoredDocument {
  documentKey: string
  name: string
  mime: string
  size: number
  sha256: string
  storageKey: string
}

export type SubmissionResult =
  | { ok: true; created: boolean; dossier: Dossier }
  | { ok: false; status: 400 | 404 | 409; reason: string; reasonVi: string }

const keyShape = /^[A-Za-z0-9_-]{16,100}$/

async function byKey(payload: Payload, citizenId: number, key: string): Promise<Dossier | undefined> {
  const { docs } = await payload.find({
    collection: 'dossiers',
    where: { and: [{ applicant: { equals: citizenId } }, { idempotencyKey: { equals: key } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]
}

/**
 * Submits a dossier: its code, the dossier, its files' records (adopted from the draft, or new)
 * and the first entry of its timeline are written in one transaction, so that a dossier the
 * citizen was told about always exists whole. Idempotent: the
 * same applicant and key give the same dossier, also when two requests race (the second waits on
 * the day's code counter, then meets the unique key and answers with the first one's dossier).
 */
export async function submitDossier(payload: Payload, input: Submission): Promise<SubmissionResult> {
  const now = input.now ?? new Date()
  if (!keyShape.test(input.idempotencyKey)) {
    return { ok: false, status: 400, reason: 'idempotencyKey: 16 to 100 letters, digits, "-" or "_".', reasonVi: 'Yêu cầu nộp hồ sơ không hợp lệ; hãy tải lại trang và nộp lại.' }
  }
  const existing = await byKey(payload, input.citizenId, input.idempotencyKey)
  if (existing) return { ok: true, created: false, dossier: existing }

  const procedure = await payload.findByID({ collection: 'procedures', id: input.procedureId, depth: 0, overrideAccess: false, disableErrors: true })
  if (!procedure) return { ok: false, status: 404, reason: `No published procedure ${input.procedureId}.`, reasonVi: 'Không tìm thấy thủ tục.' }
  if (procedure.onlineServiceLevel !== 'full' && procedure.onlineServiceLevel !== 'partial') {
    return { ok: false, status: 409, reason: `Procedure ${procedure.code} is not offered online.`, reasonVi: 'Thủ tục này chưa được cung cấp trực tuyến.' }
  }
  const agencyId = handlingAgencyOf(procedure)
  if (!agencyId) return { ok: false, status: 409, reason: `Procedure ${procedure.code} names no agency to handle it.`, reasonVi: 'Thủ tục chưa có cơ quan tiếp nhận hồ sơ.' }
  const [agency, citizen] = await Promise.all([
    payload.findByID({ collection: 'agencies', id: agencyId, depth: 0, overrideAccess: true }),
    payload.findByID({ collection: 'citizens', id: input.citizenId, depth: 0, overrideAccess: true }),
  ])

  const processingTime = onlineProcessingTime(procedure) as ProcessingTime | null
  const lateReceiptCutoff = lateReceiptCutoffOf(procedure)
  // The appointment on the receipt, if the dossier is complete; the receipt by the agency sets it again.
  const provisionalDue = processingTime ? dueAt(await loadWorkingCalendar(payload), now, processingTime, { lateReceiptCutoff }).toISOString() : null

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const db = await transactionOf(req)
    const code = await nextDossierCode(db, agency.code || `CQ${agency.id}`, vietnamDay(now))
    const dossier = await payload.create({
      collection: 'dossiers',
      data: {
        code,
        procedure: procedure.id,
        agency: agency.id,
        status: 'submitted',
        submittedAt: now.toISOString(),
        dueAt: provisionalDue,
        applicant: citizen.id,
        applicantSnapshot: {
          fullName: citizen.fullName,
          personalId: citizen.personalId,
          phone: citizen.contact?.phone || citizen.phone,
          email: citizen.contact?.email || citizen.email,
        },
        data: input.data,
        idempotencyKey: input.idempotencyKey,
        processingTime: processingTime as Record<string, unknown> | null,
        lateReceiptCutoff,
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
    for (const file of input.files ?? []) {
      await payload.create({ collection: 'dossierFiles', data: { ...file, dossier: dossier.id, applicant: citizen.id, purpose: 'document' }, req, overrideAccess: true, depth: 0 })
    }
    if (input.draftId) {
      await db.execute(sql`UPDATE dossier_files SET dossier_id = ${dossier.id}, draft_id = NULL WHERE draft_id = ${input.draftId} AND applicant_id = ${citizen.id}`)
      await db.execute(sql`DELETE FROM dossier_drafts WHERE id = ${input.draftId} AND applicant_id = ${citizen.id}`)
    }
    await payload.create({
      collection: 'dossierEvents',
      data: { dossier: dossier.id, at: now.toISOString(), action: 'submit', toState: 'submitted', actorType: 'citizen', agency: agency.id },
      req,
      overrideAccess: true,
      depth: 0,
    })
    await enqueueDossierNotification(req, { dossierId: dossier.id, event: 'submitted' })
    await commitTransaction(req)
    return { ok: true, created: true, dossier }
  } catch (error) {
    await killTransaction(req)
    // The same submission, committed by a request that raced this one.
    const raced = await byKey(payload, input.citizenId, input.idempotencyKey)
    if (raced) return { ok: true, created: false, dossier: raced }
    throw error
  }
}
