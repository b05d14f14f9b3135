import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { transactionOf } from '@/lib/payload/transactionOf'
import { vietnamDay } from '@/lib/workdays/days'
import { dueAt, type ProcessingTime } from '@/lib/workdays/deadline'
import { loadWorkingCalendar } from '@/lib/workdays/loadCalendar'
import { enqueueDossierNotification } from '@/lib/notifications/outbox'
import type { Dossier, Procedure } from '@/payload-types'
import { nextDossierCode } from './dossierCode'
import { handlingAgencyOf, lateReceiptCutoffOf, onlineProcessingTime } from './handling'

export interface Submission {
  citizenId: number
  procedureId: number
  /** The published procedure, when the caller has read it already with `submissionFields` (saves a read on the busiest path). */
  procedure?: Procedure
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

/** What a submission answers with: the dossier as it was written. */
export interface SubmittedDossier {
  id: number
  code: string
  status: Dossier['status']
  agency: number
  submittedAt: string
  dueAt: string | null
  applicantSnapshot: { fullName: string | null; personalId: string | null; phone: string | null; email: string | null }
}

export type SubmissionResult =
  | { ok: true; created: boolean; dossier: SubmittedDossier }
  | { ok: false; status: 400 | 404 | 409; reason: string; reasonVi: string }

/** What submission reads of a procedure (its full record — requirements, legal basis … — is large). */
export const submissionFields = { code: true, onlineServiceLevel: true, minimumAssuranceLevel: true, executingAgency: true, competentAuthority: true, ministry: true, channels: true, steps: true } as const

const keyShape = /^[A-Za-z0-9_-]{16,100}$/

type Row = Record<string, unknown>
const rowsOf = async (db: { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }, query: ReturnType<typeof sql>) => ((await db.execute(query)) as { rows: Row[] }).rows

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

const submittedColumns = sql`id, code, status, agency_id, submitted_at, due_at, applicant_snapshot_full_name, applicant_snapshot_personal_id, applicant_snapshot_phone, applicant_snapshot_email`

const toSubmitted = (row: Row): SubmittedDossier => ({
  id: Number(row.id),
  code: String(row.code),
  status: row.status as Dossier['status'],
  agency: Number(row.agency_id),
  submittedAt: iso(row.submitted_at)!,
  dueAt: iso(row.due_at),
  applicantSnapshot: {
    fullName: (row.applicant_snapshot_full_name as string | null) ?? null,
    personalId: (row.applicant_snapshot_personal_id as string | null) ?? null,
    phone: (row.applicant_snapshot_phone as string | null) ?? null,
    email: (row.applicant_snapshot_email as string | null) ?? null,
  },
})

/** The applicant's dossier submitted with this idempotency key, if any. */
export async function byKey(payload: Payload, citizenId: number, key: string): Promise<SubmittedDossier | undefined> {
  const [row] = await rowsOf(payload.db.drizzle, sql`SELECT ${submittedColumns} FROM dossiers WHERE applicant_id = ${citizenId} AND idempotency_key = ${key}`)
  return row && toSubmitted(row)
}

/**
 * Submits a dossier: the dossier with its code, its files' records (adopted from the draft, or
 * new), the first entry of its timeline and the citizen's notice are written in one transaction,
 * so that a dossier the citizen was told about always exists whole. Idempotent: the same applicant
 * and key give the same dossier, also when two requests race (the second meets the unique key,
 * rolls back and answers with the first one's dossier).
 */
export async function submitDossier(payload: Payload, input: Submission): Promise<SubmissionResult> {
  const now = input.now ?? new Date()
  if (!keyShape.test(input.idempotencyKey)) {
    return { ok: false, status: 400, reason: 'idempotencyKey: 16 to 100 letters, digits, "-" or "_".', reasonVi: 'Yêu cầu nộp hồ sơ không hợp lệ; hãy tải lại trang và nộp lại.' }
  }
  const existing = await byKey(payload, input.citizenId, input.idempotencyKey)
  if (existing) return { ok: true, created: false, dossier: existing }

  const procedure =
    input.procedure ??
    ((await payload.findByID({ collection: 'procedures', id: input.procedureId, depth: 0, overrideAccess: false, disableErrors: true, select: submissionFields })) as Procedure | null)
  if (!procedure) return { ok: false, status: 404, reason: `No published procedure ${input.procedureId}.`, reasonVi: 'Không tìm thấy thủ tục.' }
  if (procedure.onlineServiceLevel !== 'full' && procedure.onlineServiceLevel !== 'partial') {
    return { ok: false, status: 409, reason: `Procedure ${procedure.code} is not offered online.`, reasonVi: 'Thủ tục này chưa được cung cấp trực tuyến.' }
  }
  const agencyId = handlingAgencyOf(procedure)
  if (!agencyId) return { ok: false, status: 409, reason: `Procedure ${procedure.code} names no agency to handle it.`, reasonVi: 'Thủ tục chưa có cơ quan tiếp nhận hồ sơ.' }
  // The applicant as they are now (their contact preferences before the identity's), and the agency's code.
  const [parties] = await rowsOf(
    payload.db.drizzle,
    sql`SELECT a.code AS agency_code, c.full_name, c.personal_id, coalesce(nullif(c.contact_phone, ''), c.phone) AS phone, coalesce(nullif(c.contact_email, ''), c.email) AS email
      FROM agencies a, citizens c WHERE a.id = ${agencyId} AND c.id = ${input.citizenId}`,
  )
  if (!parties) return { ok: false, status: 404, reason: `No citizen ${input.citizenId} or agency ${agencyId}.`, reasonVi: 'Không tìm thấy người nộp hoặc cơ quan tiếp nhận.' }

  const processingTime = onlineProcessingTime(procedure) as ProcessingTime | null
  const lateReceiptCutoff = lateReceiptCutoffOf(procedure)
  // The appointment on the receipt, if the dossier is complete; the receipt by the agency sets it again.
  const provisionalDue = processingTime ? dueAt(await loadWorkingCalendar(payload), now, processingTime, { lateReceiptCutoff }).toISOString() : null

  // Outside the transaction: the agency's counter row is held for one statement, not for the whole submission.
  const code = await nextDossierCode(payload.db.drizzle, (parties.agency_code as string | null) || `CQ${agencyId}`, vietnamDay(now))
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const db = await transactionOf(req)
    // Plain SQL rather than Payload's create: a submission is the portal's busiest write (bench/submit).
    const [row] = await rowsOf(
      db,
      sql`INSERT INTO dossiers (code, procedure_id, agency_id, status, submitted_at, due_at, applicant_id, applicant_snapshot_full_name,
          applicant_snapshot_personal_id, applicant_snapshot_phone, applicant_snapshot_email, data, idempotency_key, processing_time, late_receipt_cutoff)
        VALUES (${code}, ${procedure.id}, ${agencyId}, 'submitted', ${now.toISOString()}, ${provisionalDue}, ${input.citizenId}, ${parties.full_name},
          ${parties.personal_id}, ${parties.phone}, ${parties.email}, ${JSON.stringify(input.data)}::jsonb, ${input.idempotencyKey},
          ${processingTime ? JSON.stringify(processingTime) : null}::jsonb, ${lateReceiptCutoff})
        RETURNING ${submittedColumns}`,
    )
    const dossier = toSubmitted(row!)
    for (const file of input.files ?? []) {
      await db.execute(sql`INSERT INTO dossier_files (dossier_id, applicant_id, purpose, document_key, name, mime, size, sha256, storage_key)
        VALUES (${dossier.id}, ${input.citizenId}, 'document', ${file.documentKey}, ${file.name}, ${file.mime}, ${file.size}, ${file.sha256}, ${file.storageKey})`)
    }
    if (input.draftId) {
      await db.execute(sql`UPDATE dossier_files SET dossier_id = ${dossier.id}, draft_id = NULL WHERE draft_id = ${input.draftId} AND applicant_id = ${input.citizenId}`)
      await db.execute(sql`DELETE FROM dossier_drafts WHERE id = ${input.draftId} AND applicant_id = ${input.citizenId}`)
    }
    await db.execute(sql`INSERT INTO dossier_events (dossier_id, at, action, to_state, actor_type, agency_id)
      VALUES (${dossier.id}, ${now.toISOString()}, 'submit', 'submitted', 'citizen', ${agencyId})`)
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
