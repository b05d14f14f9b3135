/**
 * Dossiers on a real database: submission (code, snapshot, first timeline entry; idempotent, also
 * under a race), officers' actions under a row lock with the working-days clock, the timeline,
 * and who may see a dossier at all.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { upsertCitizen } from '@/lib/citizen/citizens'
import { actOnDossier, type DossierActionInput } from '@/lib/dossiers/actOnDossier'
import { submitDossier } from '@/lib/dossiers/submitDossier'
import { closePayload } from '@/lib/payload/closePayload'
import { vietnamTime } from '@/lib/workdays/days'
import { getTestPayload } from './helpers/getTestPayload'
import { createMinistries } from './helpers/staffAccounts'

let payload: Payload
const agencies = { moj: 0, mps: 0 }
let birthRegistration: number
const citizens = { an: 0, binh: 0 }
let keyCount = 0
const key = () => `test-key-${String(++keyCount).padStart(8, '0')}`

const officers = { moj: 0, mps: 0 }
const officer = (agency: number) => ({ type: 'officer' as const, userId: agency === agencies.moj ? officers.moj : officers.mps, scope: [agency] })
const act = (dossierId: number, action: DossierActionInput['action'], extra: Partial<DossierActionInput> = {}) =>
  actOnDossier(payload, { dossierId, action, actor: officer(agencies.moj), ...extra })
const timeline = async (dossierId: number) =>
  (await payload.find({ collection: 'dossierEvents', where: { dossier: { equals: dossierId } }, sort: 'id', pagination: false, depth: 0 })).docs

async function submitted(at: Date, citizenId = citizens.an) {
  const result = await submitDossier(payload, { citizenId, procedureId: birthRegistration, data: { childName: 'Nguyễn Văn Bình' }, idempotencyKey: key(), now: at })
  if (!result.ok) throw new Error(result.reason)
  return result.dossier
}

beforeAll(async () => {
  payload = await getTestPayload()
  Object.assign(agencies, await createMinistries(payload))
  await payload.update({ collection: 'agencies', id: agencies.moj, data: { code: 'G06' } })
  const { createStaff } = await import('./helpers/staffAccounts')
  const staff = await createStaff(payload, { moj: ['officer', agencies.moj], mps: ['officer', agencies.mps] }, 'dossier-')
  Object.assign(officers, staff.ids)
  birthRegistration = (
    await payload.create({
      collection: 'procedures',
      data: {
        code: '1.001193',
        name: 'Thủ tục đăng ký khai sinh',
        ministry: agencies.moj,
        status: 'published',
        onlineServiceLevel: 'full',
        channels: [{ channel: 'online', processingTime: { value: 3, unit: 'workingDays' } }],
      },
    })
  ).id
  const { importCalendar } = await import('@/lib/import/importCalendar')
  await importCalendar(payload)
  const identity = (subject: string, fullName: string, personalId: string) => ({
    issuer: 'http://idp.test',
    subject,
    personalId,
    fullName,
    birthDate: '1990-01-01',
    gender: 'male',
    phone: '0912345678',
    email: `${subject}@example.vn`,
    permanentAddress: 'Hà Nội',
    level: 2,
  })
  citizens.an = await upsertCitizen(payload, identity('an', 'Nguyễn Văn An', '001090000001'))
  citizens.binh = await upsertCitizen(payload, identity('binh', 'Trần Văn Bình', '001090000002'))
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('submitting a dossier', () => {
  it('writes the dossier with its code and the applicant as they were, and the first entry of its timeline', async () => {
    const dossier = await submitted(vietnamTime('2026-02-13', '10:00'))
    expect(dossier.code).toBe('G06-260213-0001')
    expect(dossier).toMatchObject({ status: 'submitted', agency: agencies.moj, applicantSnapshot: { fullName: 'Nguyễn Văn An', personalId: '001090000001' } })
    expect((await timeline(dossier.id)).map((event) => [event.action, event.toState, event.actorType])).toEqual([['submit', 'submitted', 'citizen']])
  })

  it('gives one dossier for one submission, even when the same submission arrives twice at once', async () => {
    const idempotencyKey = key()
    const submit = () => submitDossier(payload, { citizenId: citizens.an, procedureId: birthRegistration, data: {}, idempotencyKey })
    const [first, second] = await Promise.all([submit(), submit()])
    expect(first.ok && second.ok).toBe(true)
    if (!first.ok || !second.ok) return
    expect(first.dossier.id).toBe(second.dossier.id)
    expect([first.created, second.created].sort()).toEqual([false, true])
    expect((await payload.count({ collection: 'dossiers', where: { idempotencyKey: { equals: idempotencyKey } } })).totalDocs).toBe(1)
    expect(await submit()).toMatchObject({ ok: true, created: false })
  })

  it('numbers the submissions of one agency and day without repeats, also when they come at once', async () => {
    const day = vietnamTime('2026-03-02', '09:00')
    const dossiers = await Promise.all(Array.from({ length: 8 }, () => submitted(day)))
    const numbers = dossiers.map((dossier) => dossier.code).sort()
    expect(new Set(numbers).size).toBe(8)
    expect(numbers[0]).toBe('G06-260302-0001')
    expect(numbers[7]).toBe('G06-260302-0008')
  })

  it('refuses a key that is not one, and a procedure that is not online, with a clear reason', async () => {
    const bad = await submitDossier(payload, { citizenId: citizens.an, procedureId: birthRegistration, data: {}, idempotencyKey: 'x' })
    expect(bad).toMatchObject({ ok: false, status: 400 })
    const offline = await payload.create({ collection: 'procedures', data: { code: '1.009999', name: 'Thủ tục chỉ nộp trực tiếp', ministry: agencies.moj, status: 'published' } })
    const refused = await submitDossier(payload, { citizenId: citizens.an, procedureId: offline.id, data: {}, idempotencyKey: key() })
    expect(refused).toMatchObject({ ok: false, status: 409, reasonVi: 'Thủ tục này chưa được cung cấp trực tuyến.' })
  })
})

describe('handling a dossier', () => {
  it('sets the due date at receipt by the working-days calendar (over Tết 2026)', async () => {
    const dossier = await submitted(vietnamTime('2026-02-13', '08:30'))
    const received = await act(dossier.id, 'receive', { now: vietnamTime('2026-02-13', '10:00') })
    expect(received.ok && received.dossier.dueAt).toBe(vietnamTime('2026-02-25', '17:00').toISOString())
  })

  it('stops the clock for a supplement asked during processing and restarts it from the supplement', async () => {
    const dossier = await submitted(vietnamTime('2026-02-23', '08:00'))
    await act(dossier.id, 'receive', { now: vietnamTime('2026-02-23', '09:00') })
    await act(dossier.id, 'process', { now: vietnamTime('2026-02-23', '10:00') })
    const asked = await act(dossier.id, 'requestSupplement', { missing: ['Bản chính giấy chứng sinh'], note: 'Giấy chứng sinh chụp bị mờ.', now: vietnamTime('2026-02-24', '09:00') })
    expect(asked.ok && asked.dossier).toMatchObject({ status: 'supplementRequested', supplementStage: 'processing', dueAt: null, missing: ['Bản chính giấy chứng sinh'] })
    const supplemented = await actOnDossier(payload, { dossierId: dossier.id, action: 'supplement', actor: { type: 'citizen', citizenId: citizens.an }, now: vietnamTime('2026-03-02', '09:00') })
    expect(supplemented.ok && supplemented.dossier).toMatchObject({ status: 'processing', dueAt: vietnamTime('2026-03-05', '17:00').toISOString() })
  })

  it('sends a dossier completed at reception back to reception, without a due date', async () => {
    const dossier = await submitted(vietnamTime('2026-03-03', '08:00'))
    await act(dossier.id, 'requestSupplement', { missing: ['Tờ khai có chữ ký'] })
    const back = await actOnDossier(payload, { dossierId: dossier.id, action: 'supplement', actor: { type: 'citizen', citizenId: citizens.an } })
    expect(back.ok && back.dossier).toMatchObject({ status: 'submitted', dueAt: null })
  })

  it('records every step in the timeline, from submission to the result', async () => {
    const dossier = await submitted(vietnamTime('2026-03-09', '08:00'))
    await act(dossier.id, 'receive', { now: vietnamTime('2026-03-09', '09:00') })
    await act(dossier.id, 'process')
    const late = await act(dossier.id, 'apologize', { note: 'Cần xác minh thêm với nơi sinh.', newDueAt: vietnamTime('2026-03-20', '17:00').toISOString() })
    expect(late.ok && late.dossier.dueAt).toBe(vietnamTime('2026-03-20', '17:00').toISOString())
    await act(dossier.id, 'approve')
    const done = await act(dossier.id, 'returnResult', { result: 'online', note: 'Trích lục khai sinh điện tử đã gửi vào tài khoản.' })
    expect(done.ok && done.dossier.status).toBe('returned')
    expect(done.ok && done.dossier.closedAt).toBeTruthy()
    const steps = await timeline(dossier.id)
    expect(steps.map((event) => `${event.action}:${event.fromState ?? '-'}>${event.toState}`)).toEqual([
      'submit:->submitted',
      'receive:submitted>received',
      'process:received>processing',
      'apologize:processing>processing',
      'approve:processing>approved',
      'returnResult:approved>returned',
    ])
    expect(steps[3]!.note).toBe('Cần xác minh thêm với nơi sinh.')
    expect(await act(dossier.id, 'refuse', { note: 'Quá muộn' })).toMatchObject({ ok: false, status: 409 })
  })

  it('applies one of two officers acting at once and refuses the other', async () => {
    const dossier = await submitted(vietnamTime('2026-03-10', '08:00'))
    // Two officers click "receive"; and the citizen withdraws at the same moment.
    const withdraw = () => actOnDossier(payload, { dossierId: dossier.id, action: 'withdraw', actor: { type: 'citizen', citizenId: citizens.an } })
    const results = await Promise.all([act(dossier.id, 'receive'), act(dossier.id, 'receive'), withdraw()])
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.status)).toEqual([409, 409])
    expect(await timeline(dossier.id)).toHaveLength(2)
  })

  it('moves the dossier to the agency it is transferred to, whose officers then handle it', async () => {
    const dossier = await submitted(vietnamTime('2026-03-11', '08:00'))
    await act(dossier.id, 'receive')
    const moved = await act(dossier.id, 'transfer', { agency: agencies.mps, note: 'Thuộc thẩm quyền Bộ Công an.' })
    expect(moved.ok && moved.dossier).toMatchObject({ agency: agencies.mps, status: 'processing' })
    expect(await act(dossier.id, 'approve')).toMatchObject({ ok: false, status: 404 })
    expect(await actOnDossier(payload, { dossierId: dossier.id, action: 'approve', actor: officer(agencies.mps) })).toMatchObject({ ok: true })
  })

  it('tells another agency’s officer and another citizen that the dossier does not exist', async () => {
    const dossier = await submitted(vietnamTime('2026-03-12', '08:00'))
    expect(await actOnDossier(payload, { dossierId: dossier.id, action: 'receive', actor: officer(agencies.mps) })).toMatchObject({ ok: false, status: 404 })
    expect(await actOnDossier(payload, { dossierId: dossier.id, action: 'withdraw', actor: { type: 'citizen', citizenId: citizens.binh } })).toMatchObject({ ok: false, status: 404 })
    expect(await actOnDossier(payload, { dossierId: dossier.id, action: 'withdraw', actor: { type: 'citizen', citizenId: citizens.an } })).toMatchObject({ ok: true })
  })

  it('keeps the timeline as it was written', async () => {
    const refusal = (query: ReturnType<typeof sql>) =>
      payload.db.drizzle.execute(query).then(
        () => 'changed',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      )
    expect(await refusal(sql`UPDATE dossier_events SET note = 'sửa' WHERE id = (SELECT min(id) FROM dossier_events)`)).toMatch(/append-only/)
    expect(await refusal(sql`DELETE FROM dossier_events`)).toMatch(/append-only/)
  })
})

describe('public tracking', () => {
  it('shows the progress to whoever has the code and the last four digits of the ID or phone, and nothing personal', async () => {
    const { trackDossier } = await import('@/lib/dossiers/trackDossier')
    const dossier = await submitted(vietnamTime('2026-03-16', '08:00'))
    await act(dossier.id, 'receive', { now: vietnamTime('2026-03-16', '09:00') })
    const byId = await trackDossier(payload, { code: dossier.code.toLowerCase(), lastDigits: '0001', locale: 'vi', now: vietnamTime('2026-03-17', '09:00') })
    expect(byId).toMatchObject({ code: dossier.code, status: 'received', procedure: { code: '1.001193' }, agency: 'Bộ Tư pháp', overdue: false })
    expect(byId?.timeline.map((event) => event.action)).toEqual(['submit', 'receive'])
    expect(JSON.stringify(byId)).not.toMatch(/Nguyễn Văn An|001090000001|0912345678|childName/)
    expect(await trackDossier(payload, { code: dossier.code, lastDigits: '5678', locale: 'vi' })).not.toBeNull()
    // Late once its due date has passed (3 working days from 16 March: 19 March).
    expect((await trackDossier(payload, { code: dossier.code, lastDigits: '0001', locale: 'vi', now: vietnamTime('2026-03-20', '09:00') }))?.overdue).toBe(true)
  })

  it('finds nothing with the wrong digits, another code or malformed input', async () => {
    const { trackDossier } = await import('@/lib/dossiers/trackDossier')
    const dossier = await submitted(vietnamTime('2026-03-16', '08:00'))
    expect(await trackDossier(payload, { code: dossier.code, lastDigits: '1234', locale: 'vi' })).toBeNull()
    expect(await trackDossier(payload, { code: 'G06-260316-9999', lastDigits: '0001', locale: 'vi' })).toBeNull()
    expect(await trackDossier(payload, { code: "G06' OR 1=1 --", lastDigits: '0001', locale: 'vi' })).toBeNull()
    expect(await trackDossier(payload, { code: dossier.code, lastDigits: '01', locale: 'vi' })).toBeNull()
  })
})
