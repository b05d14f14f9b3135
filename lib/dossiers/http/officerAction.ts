import type { PayloadHandler, PayloadRequest } from 'payload'
import { z } from 'zod'
import { hasRole, roleOf } from '@/access/roles'
import type { UploadProblem } from '@/lib/files/checkUpload'
import { localPrivateStorage } from '@/lib/files/privateStorage'
import { configuredScanner } from '@/lib/files/virusScanner'
import { isCrossSite } from '@/lib/staff/crossSite'
import { agencyScope } from '@/lib/staff/scope'
import { actOnDossier, type DossierActionInput } from '../actOnDossier'
import type { FileDeps } from '../applications/draftFiles'
import { resultDeliveries, resultFile } from '../availableActions'
import { dossierActions } from '../dossierWorkflow'
import { recordingStored, storeUploads } from '../storeUploads'

type Refusal = { status: number; reason: string; reasonVi: string }
const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const refuse = ({ status, reason, reasonVi }: Refusal) => json(status, { ok: false, reason, reasonVi })

const blank = (value: unknown) => (value === null || value === '' || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length) ? undefined : value)
/** One item per line, as the panel's textarea sends them. */
const lines = (value: unknown) => (typeof value === 'string' ? value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : value)
/** A datetime-local input's value ("2026-03-20T17:00") is Vietnam time. */
const vietnamLocal = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+07:00` : value)

const bodyShape = z.object({
  action: z.enum(dossierActions),
  note: z.preprocess(blank, z.string().trim().max(4_000).optional()),
  missing: z.preprocess((value) => blank(lines(value)), z.array(z.string().trim().min(1).max(500)).max(30).optional()),
  agency: z.preprocess(blank, z.coerce.number().int().positive().optional()),
  newDueAt: z.preprocess((value) => blank(vietnamLocal(value)), z.iso.datetime({ offset: true }).optional()),
  result: z.preprocess(blank, z.enum(resultDeliveries).optional()),
})

const fieldVi: Record<string, string> = { action: 'thao tác', note: 'nội dung', missing: 'nội dung cần bổ sung', agency: 'cơ quan nhận', newDueAt: 'ngày hẹn mới', result: 'hình thức trả kết quả' }

const uploadRefusal: Record<UploadProblem, [string, string]> = {
  empty: ['Tệp kết quả rỗng.', 'The result file is empty.'],
  too_large: [`Tệp kết quả lớn hơn ${resultFile.maxSizeMb} MB.`, `The result file is larger than ${resultFile.maxSizeMb} MB.`],
  wrong_type: ['Tệp kết quả phải là PDF, JPG hoặc PNG (kiểm tra theo nội dung tệp).', 'The result must be a PDF, JPEG or PNG file (checked by its content).'],
  infected: ['Phần mềm diệt virus đã chặn tệp kết quả.', 'The antivirus refused the result file.'],
}

/** The request's fields and its file: multipart (the admin's panel) or JSON (other clients, without a file). */
async function readBody(req: PayloadRequest): Promise<{ fields: Record<string, unknown>; file: File | null } | null> {
  if ((req.headers.get('content-type') ?? '').startsWith('application/json')) {
    const body: unknown = await req.json?.().catch(() => null)
    return body && typeof body === 'object' ? { fields: body as Record<string, unknown>, file: null } : null
  }
  const form = await req.formData?.().catch(() => null)
  if (!form) return null
  const fields = Object.fromEntries(Object.keys(bodyShape.shape).map((name) => [name, form.get(name)]))
  const file = form.get('file')
  return { fields, file: file instanceof File && file.size > 0 ? file : null }
}

/** Who may act, and why not: signed in, from the admin's own pages, with a role that handles dossiers. */
function refusalOfCaller(req: PayloadRequest): Refusal | null {
  if (!req.user) return { status: 401, reason: 'Sign in with a staff account.', reasonVi: 'Hãy đăng nhập bằng tài khoản cán bộ.' }
  if (isCrossSite(req)) return { status: 403, reason: 'The request did not come from the portal’s admin; nothing was changed.', reasonVi: 'Yêu cầu không đến từ trang quản trị của Cổng; hồ sơ không thay đổi.' }
  if (hasRole(req, 'admin', 'agencyAdmin', 'officer', 'reviewer')) return null
  return roleOf(req)
    ? { status: 403, reason: 'Your role does not handle dossiers.', reasonVi: 'Vai trò của tài khoản không xử lý hồ sơ.' }
    : { status: 403, reason: 'Your account has no role to act with: set up two-factor authentication first.', reasonVi: 'Tài khoản chưa có quyền thao tác: hãy bật xác thực hai bước trước.' }
}

/**
 * POST /api/dossiers/:id/act: an officer acts on a dossier of their agency tree (multipart from
 * the admin's panel, or JSON): `action`, and what it needs — `note` (the reason), `missing` (one
 * item per line), `agency`, `newDueAt`, `result` and, for a result returned online, `file`. The
 * file is checked and stored first, then recorded in the action's transaction, and removed if the
 * action is refused. Answers { ok, status, dueAt, visible } or { ok: false, reason, reasonVi }.
 */
export async function officerAction(req: PayloadRequest, deps: FileDeps): Promise<Response> {
  const refused = refusalOfCaller(req)
  if (refused) return refuse(refused)
  const dossierId = Number(req.routeParams?.id)
  if (!Number.isInteger(dossierId) || dossierId <= 0) return refuse({ status: 404, reason: 'No such dossier.', reasonVi: 'Không tìm thấy hồ sơ.' })
  if (Number(req.headers.get('content-length') ?? 0) > (resultFile.maxSizeMb + 1) * 1024 * 1024) {
    return refuse({ status: 413, reason: uploadRefusal.too_large[1], reasonVi: uploadRefusal.too_large[0] })
  }
  const body = await readBody(req)
  const parsed = body && bodyShape.safeParse(body.fields)
  if (!body || !parsed?.success) {
    const paths = parsed?.error?.issues.map((issue) => String(issue.path[0] ?? 'body')) ?? ['body']
    return refuse({ status: 400, reason: `Invalid ${paths.join(', ')}.`, reasonVi: `Thông tin gửi lên không hợp lệ: ${paths.map((path) => fieldVi[path] ?? path).join(', ')}.` })
  }
  const { file } = body
  const { action, ...given } = parsed.data
  if (file && action !== 'returnResult') return refuse({ status: 400, reason: 'Only a returned result carries a file.', reasonVi: 'Chỉ gửi tệp khi trả kết quả.' })
  if (action === 'returnResult' && given.result === 'online' && !file) {
    return refuse({ status: 400, reason: 'Choose the result file to return it online.', reasonVi: 'Chọn tệp kết quả để trả bản điện tử.' })
  }

  const scope = await agencyScope(req)
  const input: DossierActionInput = { dossierId, action, actor: { type: 'officer', userId: Number(req.user!.id), scope }, ...given }
  let done
  if (file) {
    const stored = await storeUploads(deps, [{ documentKey: 'result', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), accept: [...resultFile.accept], maxSizeMb: resultFile.maxSizeMb }])
    if (!stored.ok) return refuse({ status: 422, reason: uploadRefusal[stored.problem][1], reasonVi: uploadRefusal[stored.problem][0] })
    done = await recordingStored(deps, stored.stored, () => actOnDossier(req.payload, { ...input, files: stored.stored }), (result) => result.ok)
  } else {
    done = await actOnDossier(req.payload, input)
  }
  if (!done.ok) return refuse(done)
  const agency = Number(done.dossier.agency)
  // After a transfer out of the officer's tree the dossier is no longer theirs to see: the panel goes back to the list.
  return json(200, { ok: true, status: done.dossier.status, dueAt: done.dossier.dueAt ?? null, visible: scope === 'all' || scope.includes(agency) })
}

/** The endpoint's handler, with the deployment's private storage and antivirus. */
export const officerActionHandler: PayloadHandler = (req) => officerAction(req, { storage: localPrivateStorage(), scanner: configuredScanner() })
