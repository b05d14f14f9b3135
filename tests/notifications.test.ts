/**
 * E-mail notices about dossiers on a real database and the real mail catcher: queued in the
 * step's transaction in the citizen's language (or not at all), then sent once by the drainers
 * however many run, and retried when SMTP fails.
 */
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { upsertCitizen } from '@/lib/citizen/citizens'
import { actOnDossier, type DossierActionInput } from '@/lib/dossiers/actOnDossier'
import { submitDossier } from '@/lib/dossiers/submitDossier'
import { drainNotifications, type NotificationDrainOptions } from '@/lib/notifications/drainNotifications'
import { mailConfig } from '@/lib/notifications/mailer'
import { enqueueDossierNotification } from '@/lib/notifications/outbox'
import { closePayload } from '@/lib/payload/closePayload'
import { vietnamTime } from '@/lib/workdays/days'
import { getTestPayload } from './helpers/getTestPayload'
import { caughtMail, mailCatcherUrl } from './helpers/mailCatcher'
import { createMinistries } from './helpers/staffAccounts'

let payload: Payload
let procedure: number
let keyCount = 0
// Addresses of this run only: the catcher keeps the mail of earlier runs.
const run = randomBytes(3).toString('hex')
const address = (name: string) => `${name}.${run}@example.vn`

interface OutboxRow {
  id: string
  recipient: string
  subject: string
  body_text: string
  locale: string
  event: string
  status: string
  attempts: number
  last_error: string | null
  message_id: string
  next_attempt_at: Date
}

const rowsOf = async (dossierId: number) =>
  ((await payload.db.drizzle.execute(sql`SELECT * FROM notification_outbox WHERE dossier_id = ${dossierId} ORDER BY id`)) as unknown as { rows: OutboxRow[] }).rows

/** A signed-in citizen with these contact preferences. */
async function citizen(name: string, contact: { email?: string | null; identityEmail?: string | null; language?: 'vi' | 'en'; byEmail?: boolean } = {}) {
  const identityEmail = contact.identityEmail === undefined ? address(name) : contact.identityEmail
  const id = await upsertCitizen(payload, {
    issuer: 'http://idp.test',
    subject: `${name}-${run}`,
    personalId: '001090000001',
    fullName: 'Nguyễn Văn An',
    birthDate: '1990-01-01',
    gender: 'male',
    phone: '0912345678',
    email: identityEmail,
    permanentAddress: 'Hà Nội',
    level: 2,
  })
  const email = contact.email === undefined ? identityEmail : contact.email
  await payload.update({ collection: 'citizens', id, data: { contact: { email, phone: '0912345678', byEmail: contact.byEmail ?? true, bySms: false, language: contact.language ?? 'vi' } } })
  return id
}

async function submitted(citizenId: number) {
  const result = await submitDossier(payload, { citizenId, procedureId: procedure, data: { childName: 'Nguyễn Văn Bình' }, idempotencyKey: `notice-key-${run}-${String(++keyCount).padStart(4, '0')}`, now: vietnamTime('2026-03-16', '08:00') })
  if (!result.ok) throw new Error(result.reason)
  return result.dossier
}

const act = (dossierId: number, action: DossierActionInput['action'], extra: Partial<DossierActionInput> = {}) =>
  actOnDossier(payload, { dossierId, action, actor: { type: 'system' }, ...extra })

const drain = (options: NotificationDrainOptions = {}) => drainNotifications(payload, { mail: { ...mailConfig(), smtpUrl: inject('smtpUrl') }, ...options })

/** An address where nothing listens. */
async function closedSmtpUrl(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return `smtp://127.0.0.1:${port}`
}

beforeAll(async () => {
  payload = await getTestPayload()
  const { moj } = await createMinistries(payload)
  await payload.update({ collection: 'agencies', id: moj, data: { code: 'G06' } })
  procedure = (
    await payload.create({
      collection: 'procedures',
      data: {
        code: '1.001193',
        name: 'Thủ tục đăng ký khai sinh',
        ministry: moj,
        status: 'published',
        onlineServiceLevel: 'full',
        channels: [{ channel: 'online', processingTime: { value: 3, unit: 'workingDays' } }],
      },
    })
  ).id
  await payload.update({ collection: 'procedures', id: procedure, locale: 'en', data: { name: 'Birth registration' } })
  const { importCalendar } = await import('@/lib/import/importCalendar')
  await importCalendar(payload)
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('queuing notices', () => {
  it('queues one e-mail for a request for supplements, in Vietnamese, with exactly what is missing', async () => {
    const dossier = await submitted(await citizen('an'))
    await act(dossier.id, 'requestSupplement', { missing: ['Bản chính giấy chứng sinh', 'Tờ khai có chữ ký'], note: 'Giấy chứng sinh chụp bị mờ.' })
    const rows = (await rowsOf(dossier.id)).filter((row) => row.event === 'requestSupplement')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ recipient: address('an'), locale: 'vi', status: 'pending', attempts: 0, subject: `Hồ sơ ${dossier.code} cần bổ sung` })
    expect(rows[0]!.body_text).toContain('Nội dung cần bổ sung:\n- Bản chính giấy chứng sinh\n- Tờ khai có chữ ký')
    expect(rows[0]!.body_text).toContain(`/tra-cuu-ho-so?code=${dossier.code}`)
    // Never the personal identification number, the name or the form's answers.
    expect(rows[0]!.body_text).not.toMatch(/001090000001|Nguyễn Văn|childName/)
  })

  it('writes in English to the contact address of a citizen who chose English', async () => {
    const dossier = await submitted(await citizen('binh', { email: address('binh.notices'), language: 'en' }))
    await act(dossier.id, 'receive', { now: vietnamTime('2026-03-16', '09:00') })
    const [row] = (await rowsOf(dossier.id)).filter((r) => r.event === 'receive')
    expect(row).toMatchObject({ recipient: address('binh.notices'), locale: 'en', subject: `Application ${dossier.code} received` })
    expect(row!.body_text).toContain('Procedure: Birth registration')
    expect(row!.body_text).toContain('Result due: 19/03/2026')
    expect(row!.body_text).toContain(`/en/track?code=${dossier.code}`)
  })

  it('queues nothing for a citizen without e-mail, nor for one who turned e-mail notices off', async () => {
    const withoutEmail = await submitted(await citizen('chi', { identityEmail: null }))
    const optedOut = await submitted(await citizen('dung', { byEmail: false }))
    expect(await act(withoutEmail.id, 'receive')).toMatchObject({ ok: true })
    expect(await act(optedOut.id, 'receive')).toMatchObject({ ok: true })
    expect(await rowsOf(withoutEmail.id)).toEqual([])
    expect(await rowsOf(optedOut.id)).toEqual([])
  })

  it('queues nothing for a refused action, and one notice when two officers act at once', async () => {
    const dossier = await submitted(await citizen('giang'))
    const before = (await rowsOf(dossier.id)).length
    expect(await act(dossier.id, 'approve')).toMatchObject({ ok: false, status: 409 })
    expect(await act(dossier.id, 'transfer', { agency: 999_999, note: 'Sai cơ quan.' })).toMatchObject({ ok: false })
    expect(await rowsOf(dossier.id)).toHaveLength(before)
    const results = await Promise.all([act(dossier.id, 'receive'), act(dossier.id, 'receive')])
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    expect((await rowsOf(dossier.id)).filter((row) => row.event === 'receive')).toHaveLength(1)
  })

  it('does nothing when the same step is queued a second time', async () => {
    const dossier = await submitted(await citizen('hoa'))
    await act(dossier.id, 'receive')
    const again = await enqueueDossierNotification(await createLocalReq({}, payload), { dossierId: dossier.id, event: 'receive' })
    expect(again).toEqual({ enqueued: false, reason: 'duplicate' })
    expect((await rowsOf(dossier.id)).filter((row) => row.event === 'receive')).toHaveLength(1)
  })
})

describe.skipIf(!mailCatcherUrl())('sending notices', () => {
  it('sends a notice once, however often the outbox is drained, with the row’s Message-ID', async () => {
    const dossier = await submitted(await citizen('khanh'))
    await act(dossier.id, 'receive')
    await drain()
    await drain()
    const [row] = (await rowsOf(dossier.id)).filter((r) => r.event === 'receive')
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null })
    const mail = (await caughtMail(address('khanh'))).filter((message) => message.subject === row!.subject)
    expect(mail).toHaveLength(1)
    expect(mail[0]).toMatchObject({ messageId: `<${row!.message_id}@dichvucong.localhost>`, from: '"Cổng Dịch vụ công" <no-reply@dichvucong.localhost>' })
    expect(mail[0]!.text).toContain('Hồ sơ của bạn đã được tiếp nhận.')
    expect(mail[0]!.html).toContain('<html lang="vi">')
  })

  it('sends every notice exactly once when two drainers run at once', async () => {
    const lan = await citizen('lan')
    const dossiers = await Promise.all(Array.from({ length: 4 }, () => submitted(lan)))
    for (const dossier of dossiers) {
      await act(dossier.id, 'receive')
      await act(dossier.id, 'process')
    }
    const rows = (await Promise.all(dossiers.map((dossier) => rowsOf(dossier.id)))).flat()
    const [first, second] = await Promise.all([drain({ batchSize: 2 }), drain({ batchSize: 2 })])
    expect(first.sent + second.sent).toBeGreaterThanOrEqual(rows.length)
    const sentIds = (await caughtMail(address('lan'))).map((message) => message.messageId).sort()
    expect(sentIds).toEqual(rows.map((row) => `<${row.message_id}@dichvucong.localhost>`).sort())
    expect((await Promise.all(dossiers.map((dossier) => rowsOf(dossier.id)))).flat().every((row) => row.status === 'sent')).toBe(true)
  })

  it('keeps a notice that SMTP refused, with the error, and sends it once SMTP works and its time has come', async () => {
    const dossier = await submitted(await citizen('minh'))
    await act(dossier.id, 'refuse', { note: 'Hồ sơ không thuộc thẩm quyền giải quyết.' })
    const closed = await closedSmtpUrl()
    const failed = await drain({ mail: { ...mailConfig(), smtpUrl: closed } })
    expect(failed.retrying).toBeGreaterThanOrEqual(1)
    const [row] = (await rowsOf(dossier.id)).filter((r) => r.event === 'refuse')
    expect(row).toMatchObject({ status: 'pending', attempts: 1 })
    expect(row!.last_error).toMatch(/ECONNREFUSED|connect/i)
    expect(new Date(row!.next_attempt_at).getTime()).toBeGreaterThan(Date.now() + 30_000)

    // Not yet due: a working SMTP server does not get it before its time.
    await drain()
    expect(await caughtMail(address('minh'))).toEqual([])
    await payload.db.drizzle.execute(sql`UPDATE notification_outbox SET next_attempt_at = now() WHERE id = ${row!.id}::bigint`)
    await drain()
    expect((await rowsOf(dossier.id)).find((r) => r.id === row!.id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null })
    const [mail] = await caughtMail(address('minh'))
    expect(mail!.text).toContain('Lý do: Hồ sơ không thuộc thẩm quyền giải quyết.')
  })

  it('gives a notice up after the last attempt', async () => {
    const dossier = await submitted(await citizen('nam'))
    await act(dossier.id, 'receive')
    const result = await drain({ mail: { ...mailConfig(), smtpUrl: await closedSmtpUrl() }, maxAttempts: 1 })
    expect(result.failed).toBeGreaterThanOrEqual(1)
    expect((await rowsOf(dossier.id)).filter((row) => row.event === 'receive')).toMatchObject([{ status: 'failed', attempts: 1 }])
  })
})
