/**
 * Officers acting on dossiers from the admin, through POST /api/dossiers/:id/act and Payload's
 * REST handler on a real database: receipt and its due date, supplement requests, refusals that
 * lack a reason, another ministry's officer, results returned with a file (stored, recorded,
 * cleaned up when refused), and callers who may not act (anonymous, no role, another site).
 */
import { mkdtemp, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { upsertCitizen } from '@/lib/citizen/citizens'
import { submitDossier } from '@/lib/dossiers/submitDossier'
import { localPrivateStorage, type PrivateStorage } from '@/lib/files/privateStorage'
import { closePayload } from '@/lib/payload/closePayload'
import { vietnamTime } from '@/lib/workdays/days'
import { getTestPayload } from './helpers/getTestPayload'
import { createMinistries, createStaff } from './helpers/staffAccounts'

let payload: Payload
let rest: typeof import('./helpers/restClient').rest
let storage: PrivateStorage
let storageRoot: string
const agencies = { moj: 0, mps: 0 }
const tokens = { moj: '', mps: '', editor: '' }
let procedureId = 0
let citizenId = 0
let keyCount = 0

const pdf = (text: string) => new Blob([`%PDF-1.4\n1 0 obj<<>>endobj\n% ${text}\ntrailer<<>>\n%%EOF\n`], { type: 'application/pdf' })

async function submitted(at = new Date()) {
  const result = await submitDossier(payload, { citizenId, procedureId, data: { childName: 'Lê Minh Khôi' }, idempotencyKey: `officer-key-${String(++keyCount).padStart(8, '0')}`, now: at })
  if (!result.ok) throw new Error(result.reason)
  return result.dossier
}

/** The officer's panel posting an action, as multipart. */
function act(dossierId: number, fields: Record<string, string | Blob>, options: { token?: string; headers?: Record<string, string> } = {}) {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof Blob) body.set(name, value, (value as File).name ?? 'ket-qua.pdf')
    else body.set(name, value)
  }
  return rest('POST', `/api/dossiers/${dossierId}/act`, { body, token: options.token ?? tokens.moj, headers: options.headers })
}

const dossier = (id: number) => payload.findByID({ collection: 'dossiers', id, depth: 0 })
const storedFiles = async () => (await readdir(storageRoot, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).length

beforeAll(async () => {
  payload = await getTestPayload()
  // The endpoint stores results under DATA_DIR/private-files: a folder of this test's own.
  process.env.DATA_DIR = await mkdtemp(path.join(os.tmpdir(), 'officer-actions-'))
  storageRoot = path.join(process.env.DATA_DIR, 'private-files')
  storage = localPrivateStorage(storageRoot)
  rest = (await import('./helpers/restClient')).rest
  Object.assign(agencies, await createMinistries(payload))
  await payload.update({ collection: 'agencies', id: agencies.moj, data: { code: 'G06' } })
  const staff = await createStaff(payload, { moj: ['officer', agencies.moj], mps: ['officer', agencies.mps], editor: ['editor', agencies.moj] }, 'act-')
  Object.assign(tokens, staff.tokens)
  procedureId = (
    await payload.create({
      collection: 'procedures',
      data: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', ministry: agencies.moj, status: 'published', onlineServiceLevel: 'full', channels: [{ channel: 'online', processingTime: { value: 3, unit: 'workingDays' } }] },
    })
  ).id
  const { importCalendar } = await import('@/lib/import/importCalendar')
  await importCalendar(payload)
  citizenId = await upsertCitizen(payload, {
    issuer: 'http://idp.test',
    subject: 'officer-actions',
    personalId: '001090000031',
    fullName: 'Lê Thị Hồng',
    birthDate: '1990-05-17',
    gender: 'female',
    phone: '0912345678',
    email: 'hong@example.vn',
    permanentAddress: 'Hà Nội',
    level: 2,
  })
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('an officer acting on a dossier of their agency', () => {
  it('receives it, which sets the due date by the working-days calendar', async () => {
    const { id } = await submitted()
    const response = await act(id, { action: 'receive' })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ ok: true, status: 'received', visible: true })
    const received = await dossier(id)
    expect(received.dueAt).toBeTruthy()
    expect(response.body.dueAt).toBe(received.dueAt)
    expect(new Date(received.dueAt!).getTime()).toBeGreaterThan(Date.now())
  })

  it('asks for a supplement with one missing item per line, and the timeline names the officer’s list', async () => {
    const { id } = await submitted()
    const response = await act(id, { action: 'requestSupplement', missing: 'Bản chính giấy chứng sinh\r\n\r\n  Tờ khai có chữ ký  \n', note: 'Giấy chứng sinh chụp bị mờ.' })
    expect(response.body).toMatchObject({ ok: true, status: 'supplementRequested', dueAt: null })
    expect((await dossier(id)).missing).toEqual(['Bản chính giấy chứng sinh', 'Tờ khai có chữ ký'])
    const { docs } = await payload.find({ collection: 'dossierEvents', where: { dossier: { equals: id } }, sort: 'id', depth: 0 })
    expect(docs.at(-1)).toMatchObject({ action: 'requestSupplement', actorType: 'officer', note: 'Giấy chứng sinh chụp bị mờ.', detail: { missing: ['Bản chính giấy chứng sinh', 'Tờ khai có chữ ký'] } })
  })

  it('accepts JSON from clients other than the panel (no file), the missing items as a list', async () => {
    const { id } = await submitted()
    const response = await rest('POST', `/api/dossiers/${id}/act`, { body: { action: 'requestSupplement', missing: ['Tờ khai có chữ ký'] }, token: tokens.moj })
    expect(response.body).toMatchObject({ ok: true, status: 'supplementRequested' })
    expect((await dossier(id)).missing).toEqual(['Tờ khai có chữ ký'])
  })

  it('is told in Vietnamese that a refusal needs a reason, and the dossier stays as it was', async () => {
    const { id } = await submitted()
    const response = await act(id, { action: 'refuse', note: '   ' })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ ok: false, reasonVi: 'Thiếu thông tin để từ chối: lý do.' })
    expect((await dossier(id)).status).toBe('submitted')
  })

  it('gets the state machine’s 409 for an action the state does not allow, and a 400 for an input that is not one', async () => {
    const { id } = await submitted()
    expect(await act(id, { action: 'approve' })).toMatchObject({ status: 409, body: { ok: false } })
    expect(await act(id, { action: 'launch' })).toMatchObject({ status: 400, body: { ok: false, reasonVi: 'Thông tin gửi lên không hợp lệ: thao tác.' } })
  })

  it('sets a new appointment typed as Vietnam time when apologising', async () => {
    const { id } = await submitted()
    await act(id, { action: 'receive' })
    const later = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)
    const response = await act(id, { action: 'apologize', note: 'Cần xác minh thêm.', newDueAt: `${later}T17:00` })
    expect(response.body).toMatchObject({ ok: true, status: 'received', dueAt: vietnamTime(later, '17:00').toISOString() })
  })
})

describe('returning a result', () => {
  async function approved() {
    const { id } = await submitted()
    for (const action of ['receive', 'process', 'approve']) expect((await act(id, { action })).status).toBe(200)
    return id
  }

  it('with an uploaded PDF records a result file, keeps its bytes in private storage and closes the dossier', async () => {
    const id = await approved()
    const response = await act(id, { action: 'returnResult', result: 'online', note: 'Trích lục khai sinh điện tử.', file: new File([pdf('trich luc')], 'trích lục.pdf', { type: 'application/pdf' }) })
    expect(response.body).toMatchObject({ ok: true, status: 'returned' })
    const { docs } = await payload.find({ collection: 'dossierFiles', where: { dossier: { equals: id } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ purpose: 'result', name: 'trích lục.pdf', mime: 'application/pdf', applicant: citizenId })
    const bytes = await storage.get(docs[0]!.storageKey)
    expect(new TextDecoder().decode(bytes!)).toContain('trich luc')
    expect((await dossier(id)).closedAt).toBeTruthy()
  })

  it('refuses a file that is not a PDF or picture, and leaves nothing in storage', async () => {
    const id = await approved()
    const before = await storedFiles()
    const response = await act(id, { action: 'returnResult', result: 'online', file: new File(['MZ not a document'], 'ket-qua.pdf', { type: 'application/pdf' }) })
    expect(response.status).toBe(422)
    expect(response.body).toMatchObject({ ok: false, reasonVi: expect.stringContaining('PDF, JPG hoặc PNG') })
    expect(await storedFiles()).toBe(before)
    expect((await dossier(id)).status).toBe('approved')
  })

  it('removes the stored file again when the action itself is refused (the result was already returned)', async () => {
    const id = await approved()
    await act(id, { action: 'returnResult', result: 'inPerson' })
    const before = await storedFiles()
    const again = await act(id, { action: 'returnResult', result: 'online', file: new File([pdf('lan hai')], 'ket-qua.pdf') })
    expect(again.status).toBe(409)
    expect(await storedFiles()).toBe(before)
  })

  it('online needs the file', async () => {
    const id = await approved()
    expect(await act(id, { action: 'returnResult', result: 'online' })).toMatchObject({ status: 400, body: { reasonVi: 'Chọn tệp kết quả để trả bản điện tử.' } })
  })
})

describe('who may act', () => {
  it('tells another ministry’s officer that the dossier does not exist', async () => {
    const { id } = await submitted()
    const response = await act(id, { action: 'receive' }, { token: tokens.mps })
    expect(response.status).toBe(404)
    expect(response.body).toMatchObject({ ok: false, reasonVi: 'Không tìm thấy hồ sơ.' })
    expect((await dossier(id)).status).toBe('submitted')
  })

  it('refuses anyone not signed in', async () => {
    const { id } = await submitted()
    const body = new FormData()
    body.set('action', 'receive')
    const response = await rest('POST', `/api/dossiers/${id}/act`, { body })
    expect(response.status).toBe(401)
    expect((await dossier(id)).status).toBe('submitted')
  })

  it('refuses a staff role that does not handle dossiers', async () => {
    const { id } = await submitted()
    expect(await act(id, { action: 'receive' }, { token: tokens.editor })).toMatchObject({ status: 403, body: { ok: false } })
  })

  it('refuses another site riding the admin’s session cookie, and accepts the admin’s own pages', async () => {
    const { id } = await submitted()
    const cookie = `payload-token=${tokens.moj}`
    const post = (headers: Record<string, string>) => {
      const body = new FormData()
      body.set('action', 'receive')
      return rest('POST', `/api/dossiers/${id}/act`, { body, headers })
    }
    expect(await post({ cookie, origin: 'https://evil.example' })).toMatchObject({ status: 403, body: { ok: false } })
    // Without Origin, only a token in a header is accepted: a browser sends Origin with every POST.
    expect((await post({ cookie })).status).toBe(403)
    expect((await dossier(id)).status).toBe('submitted')
    expect(await post({ cookie, origin: 'http://localhost:3000' })).toMatchObject({ status: 200, body: { status: 'received' } })
  })
})
