/**
 * Two-factor authentication (TOTP) of staff accounts over the REST API: required for
 * administrators (who act with no rights until it is on), optional for the others, codes used
 * once, wrong codes counted as failed sign-ins, resets by account administrators.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { closePayload } from '@/lib/payload/closePayload'
import { totpCode } from '@/lib/staff/totp'
import { getTestPayload } from './helpers/getTestPayload'
import { createMinistries, createStaff, staffPassword } from './helpers/staffAccounts'

let payload: Payload
let rest: typeof import('./helpers/restClient').rest
const agencies = { moj: 0, mps: 0 }
let tokens: Record<'mojAdmin' | 'editor', string>
let ids: Record<'mojAdmin' | 'editor', number>

const login = (email: string, totp?: string) => rest('POST', '/api/users/login', { body: { email, password: staffPassword, ...(totp === undefined ? {} : { totp }) } })
const message = (body: Record<string, unknown>) => String((body.errors as { message: string }[] | undefined)?.[0]?.message ?? body.message)
/** The code of the next 30-second period: accepted (one period of clock difference), and not a replay of the current one. */
const nextCode = (secret: string, periods = 1) => totpCode(secret, new Date(Date.now() + periods * 30_000))

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ rest } = await import('./helpers/restClient'))
  Object.assign(agencies, await createMinistries(payload))
  ;({ ids, tokens } = await createStaff(payload, { mojAdmin: ['agencyAdmin', agencies.moj], editor: ['editor', agencies.moj] }, '2fa-'))
})

afterAll(async () => {
  if (payload) await closePayload(payload)
})

describe('a new portal administrator', () => {
  const email = 'new-admin@portal.localhost'
  let token: string
  let secret: string

  it('signs in with the password alone but can do nothing until two-factor authentication is on', async () => {
    await payload.create({ collection: 'users', data: { email, password: staffPassword, role: 'admin' } })
    const signedIn = await login(email)
    expect(signedIn.status).toBe(200)
    token = signedIn.body.token as string
    expect((await rest('POST', '/api/agencies', { token, body: { name: 'Cơ quan mới', type: 'other' } })).status).toBe(403)
    expect((await rest('GET', '/api/auditLog', { token })).status).toBe(403)
    expect((await rest('GET', '/api/users?limit=100', { token })).body.docs).toHaveLength(1)
  })

  it('sets it up with a QR code and a code from the app, and then acts as an administrator', async () => {
    const setup = await rest('POST', '/api/users/two-factor/setup', { token })
    expect(setup.status).toBe(200)
    expect(String(setup.body.qr)).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(String(setup.body.uri)).toMatch(/^otpauth:\/\/totp\/.*new-admin%40portal\.localhost/)
    secret = setup.body.secret as string
    const wrong = await rest('POST', '/api/users/two-factor/enable', { token, body: { code: '000000' } })
    expect(wrong.status).toBe(400)
    expect((await rest('POST', '/api/users/two-factor/enable', { token, body: {} })).status).toBe(400)
    const enabled = await rest('POST', '/api/users/two-factor/enable', { token, body: { code: await totpCode(secret) } })
    expect(enabled.status).toBe(200)
    expect((await rest('POST', '/api/agencies', { token, body: { name: 'Cơ quan mới', type: 'other' } })).status).toBe(201)
    // The secret is stored encrypted, and never leaves the server again.
    const stored = await payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true })
    expect(String(stored.docs[0]!.totpSecret)).toMatch(/^v1:/)
    expect(String(stored.docs[0]!.totpSecret)).not.toContain(secret)
    const me = await rest('GET', '/api/users/me', { token })
    expect(JSON.stringify(me.body)).not.toContain(secret)
    expect((me.body.user as Record<string, unknown>).totpEnabled).toBe(true)
  })

  it('must then give a fresh code at every sign-in', async () => {
    const without = await login(email)
    expect(without.status).toBe(401)
    expect(message(without.body)).toBe('Nhập mã xác thực hai bước từ ứng dụng xác thực.')
    expect(without.body.token).toBeUndefined()
    expect((await login(email, '123456')).status).toBe(401)
    const code = await nextCode(secret)
    expect((await login(email, code)).status).toBe(200)
    const replay = await login(email, code)
    expect(replay.status).toBe(401)
    expect(message(replay.body)).toBe('Mã xác thực hai bước không đúng hoặc đã được dùng.')
  })

  it('cannot turn it off: the role requires it', async () => {
    const off = await rest('POST', '/api/users/two-factor/disable', { token, body: { code: await totpCode(secret) } })
    expect(off.status).toBe(403)
    expect(off.body.message).toBe('Vai trò của tài khoản bắt buộc xác thực hai bước.')
  })
})

describe('other staff', () => {
  it('may turn it on and off', async () => {
    const token = tokens.editor
    const { secret } = (await rest('POST', '/api/users/two-factor/setup', { token })).body as { secret: string }
    expect((await rest('POST', '/api/users/two-factor/enable', { token, body: { code: await totpCode(secret) } })).status).toBe(200)
    expect((await login('2fa-editor@portal.localhost')).status).toBe(401)
    expect((await login('2fa-editor@portal.localhost', await nextCode(secret))).status).toBe(200)
    // A code of a period before the last one used is refused; a minute later a new one works.
    expect((await rest('POST', '/api/users/two-factor/disable', { token, body: { code: await nextCode(secret, -1) } })).status).toBe(400)
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + 60_000)
      expect((await rest('POST', '/api/users/two-factor/disable', { token, body: { code: await totpCode(secret) } })).status).toBe(200)
    } finally {
      vi.useRealTimers()
    }
    expect((await login('2fa-editor@portal.localhost')).status).toBe(200)
    const audit = await payload.find({ collection: 'auditLog', where: { and: [{ actor: { equals: ids.editor } }, { summary: { like: 'two-factor' } }] } })
    expect(audit.docs.map((e) => e.summary)).toEqual(
      expect.arrayContaining(['2fa-editor@portal.localhost turned two-factor authentication on', '2fa-editor@portal.localhost turned two-factor authentication off']),
    )
  })

  it('are locked out for 15 minutes after five wrong passwords', async () => {
    await payload.create({ collection: 'users', data: { email: 'forgetful@portal.localhost', password: staffPassword, role: 'editor', agency: agencies.moj } })
    for (let i = 0; i < 5; i++) expect((await rest('POST', '/api/users/login', { body: { email: 'forgetful@portal.localhost', password: 'Wrong-password-123!' } })).status).toBe(401)
    const locked = await login('forgetful@portal.localhost')
    expect(locked.status).toBe(401)
    expect(locked.body.token).toBeUndefined()
    const account = await payload.find({ collection: 'users', where: { email: { equals: 'forgetful@portal.localhost' } }, showHiddenFields: true })
    const lockUntil = new Date(account.docs[0]!.lockUntil as string).getTime()
    expect(lockUntil - Date.now()).toBeGreaterThan(14 * 60_000)
  })

  it('are locked out after five wrong codes', async () => {
    const { id } = await payload.create({ collection: 'users', data: { email: 'guess@portal.localhost', password: staffPassword, role: 'editor', agency: agencies.moj } })
    const token = (await login('guess@portal.localhost')).body.token as string
    const { secret } = (await rest('POST', '/api/users/two-factor/setup', { token })).body as { secret: string }
    await rest('POST', '/api/users/two-factor/enable', { token, body: { code: await totpCode(secret) } })
    for (let i = 0; i < 5; i++) expect((await login('guess@portal.localhost', '000000')).status).toBe(401)
    // Locked: even the right code is refused now.
    const locked = await login('guess@portal.localhost', await nextCode(secret))
    expect(locked.status).toBe(423)
    expect(message(locked.body)).toBe('Tài khoản tạm khoá 15 phút vì nhập sai mã xác thực nhiều lần.')
    expect(id).toBeGreaterThan(0)
  })

  it('get a lost phone reset by their agency administrator, not by anyone else', async () => {
    const { id } = await payload.create({ collection: 'users', data: { email: 'lost@portal.localhost', password: staffPassword, role: 'editor', agency: agencies.moj } })
    await payload.db.updateOne({ collection: 'users', id, data: { totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totpEnabled: true } })
    expect((await rest('POST', `/api/users/${id}/two-factor/reset`, { token: tokens.editor })).status).toBe(403)
    expect((await rest('POST', `/api/users/${id}/two-factor/reset`, { token: tokens.mojAdmin })).status).toBe(200)
    expect((await login('lost@portal.localhost')).status).toBe(200)
    const mpsEditor = await payload.create({ collection: 'users', data: { email: 'mps-lost@portal.localhost', password: staffPassword, role: 'editor', agency: agencies.mps } })
    expect((await rest('POST', `/api/users/${mpsEditor.id}/two-factor/reset`, { token: tokens.mojAdmin })).status).toBe(404)
    expect((await rest('POST', `/api/users/${ids.mojAdmin}/two-factor/reset`, { token: tokens.mojAdmin })).status).toBe(403)
  })
})
