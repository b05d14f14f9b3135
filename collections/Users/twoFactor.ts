import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeLoginHook, Endpoint, Field, PayloadRequest } from 'payload'
import QRCode from 'qrcode'
import { z } from 'zod'
import { roleOf } from '@/access/roles'
import { label } from '@/fields/label'
import { recordAudit } from '@/lib/audit/recordAudit'
import { publicError } from '@/lib/payload/publicError'
import { say } from '@/lib/payload/requestLanguage'
import type { Role } from '@/lib/staff/roles'
import { agencyIdOf, inScope } from '@/lib/staff/scope'
import { seal, unseal } from '@/lib/staff/secretBox'
import { checkTotp, newTotpSecret, totpRequiredRoles, totpUri } from '@/lib/staff/totp'

const nobody = { create: () => false, update: () => false }

/**
 * Two-factor authentication (TOTP) of a staff account. The secrets are hidden fields, encrypted
 * (lib/staff/secretBox.ts): never sent by the API, set only through the endpoints below. `totpEnabled` is read by the permission
 * checks (an administrator acts only once it is on: lib/staff/roles.ts effectiveRole).
 */
export const twoFactorFields: Field[] = [
  {
    name: 'totpEnabled',
    type: 'checkbox',
    defaultValue: false,
    label: label('Xác thực hai bước', 'Two-factor authentication'),
    access: nobody,
    admin: { position: 'sidebar', readOnly: true, description: label('Bật tại trang "Xác thực hai bước" của tài khoản.', 'Turned on from the account’s "Two-factor authentication" page.') },
  },
  { name: 'totpSecret', type: 'text', hidden: true, access: nobody },
  { name: 'totpPendingSecret', type: 'text', hidden: true, access: nobody },
  { name: 'totpLastStep', type: 'number', hidden: true, access: nobody },
]

interface Secrets {
  id: number
  email: string
  role: Role
  totpEnabled?: boolean | null
  totpSecret?: string | null
  totpPendingSecret?: string | null
  totpLastStep?: number | null
}

const secretsOf = async (req: PayloadRequest, id: number | string) =>
  (await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, showHiddenFields: true, req })) as unknown as Secrets

/** Wrong codes that lock two-factor sign-in, and for how long (like wrong passwords: five, 15 minutes). */
const maxFailures = 5
const lockMinutes = 15

/**
 * Wrong codes are counted in a table of their own, on a connection of its own: the sign-in's
 * transaction (which holds the account's row, and rolls back when the code is refused) must
 * neither block nor undo the count.
 */
async function recentFailures(req: PayloadRequest, id: number): Promise<number> {
  const result = (await req.payload.db.drizzle.execute(
    sql`SELECT count(*)::int AS n FROM staff_totp_failures WHERE user_id = ${id} AND at > now() - make_interval(mins => ${lockMinutes})`,
  )) as unknown as { rows: { n: number }[] }
  return result.rows[0]?.n ?? 0
}
const countFailure = (req: PayloadRequest, id: number) => req.payload.db.drizzle.execute(sql`INSERT INTO staff_totp_failures (user_id) VALUES (${id})`)
const clearFailures = (req: PayloadRequest, id: number) => req.payload.db.drizzle.execute(sql`DELETE FROM staff_totp_failures WHERE user_id = ${id}`)

/**
 * After the password: an account with two-factor authentication must also send the current code
 * (`totp` in the sign-in request). Five wrong codes within 15 minutes lock two-factor sign-in for 15 minutes.
 */
export const requireSecondFactor: CollectionBeforeLoginHook = async ({ req, user }) => {
  if (!user.totpEnabled) return user
  const code = (req.data as { totp?: unknown } | undefined)?.totp
  if (code === undefined || code === '') {
    throw publicError(say(req, 'Nhập mã xác thực hai bước từ ứng dụng xác thực.', 'Enter the two-factor code from your authenticator app.'), 401, { code: 'two_factor_required' })
  }
  const id = user.id as number
  if ((await recentFailures(req, id)) >= maxFailures) {
    throw publicError(
      say(req, `Tài khoản tạm khoá ${lockMinutes} phút vì nhập sai mã xác thực nhiều lần.`, `Too many wrong two-factor codes: the account is locked for ${lockMinutes} minutes.`),
      423,
      { code: 'two_factor_locked' },
    )
  }
  const account = await secretsOf(req, id)
  const check = await checkTotp(unseal(account.totpSecret, 'totp') ?? '', code, account.totpLastStep)
  if (!check.ok) {
    await countFailure(req, id)
    throw publicError(say(req, 'Mã xác thực hai bước không đúng hoặc đã được dùng.', 'The two-factor code is wrong or has been used already.'), 401, { code: 'two_factor_wrong' })
  }
  await req.payload.db.updateOne({ collection: 'users', id, data: { totpLastStep: check.step }, req })
  await clearFailures(req, id)
  return user
}

const turnedOff = { totpSecret: null, totpPendingSecret: null, totpEnabled: false, totpLastStep: null }

/** Writes an account's two-factor fields (straight to the database: no edit of the account by anyone) and logs the change. */
async function writeTwoFactor(req: PayloadRequest, account: { id: number; totpEnabled?: boolean | null }, data: Partial<Omit<Secrets, 'id'>>, summary: string) {
  await req.payload.db.updateOne({ collection: 'users', id: account.id, data, req })
  await recordAudit(req, { action: 'update', collection: 'users', documentId: account.id, summary, changes: { totpEnabled: [Boolean(account.totpEnabled), Boolean(data.totpEnabled)] } })
}

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const codeBody = z.object({ code: z.string().trim().min(1, 'required') })

/** The signed-in account (with its secrets) and the code it sent; or the response refusing the request. */
async function accountAndCode(req: PayloadRequest): Promise<{ account: Secrets; code: string } | Response> {
  if (!req.user) return json(401, { error: 'unauthorized', message: 'Sign in with a staff account.' })
  const parsed = codeBody.safeParse(await req.json?.().catch(() => undefined))
  if (!parsed.success) return json(400, { error: 'invalid_body', message: 'code: the six-digit code from the authenticator app is required.' })
  return { account: await secretsOf(req, req.user.id), code: parsed.data.code }
}

/**
 * POST /api/users/two-factor/setup: a new secret for the signed-in account, kept aside until it
 * is confirmed; answers the otpauth address, its QR code (SVG data URL) and the secret for typing in.
 */
const setup: Endpoint = {
  path: '/two-factor/setup',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return json(401, { error: 'unauthorized', message: 'Sign in with a staff account.' })
    const account = await secretsOf(req, req.user.id)
    if (account.totpEnabled) return json(409, { error: 'already_enabled', message: say(req, 'Xác thực hai bước đã được bật.', 'Two-factor authentication is already on.') })
    const secret = newTotpSecret()
    await req.payload.db.updateOne({ collection: 'users', id: account.id, data: { totpPendingSecret: seal(secret, 'totp') }, req })
    const uri = totpUri(account.email, secret)
    const qr = `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(uri, { type: 'svg', margin: 1 })).toString('base64')}`
    return json(200, { uri, qr, secret })
  },
}

/** POST /api/users/two-factor/enable { code }: confirms the new secret with a code from the app. */
const enable: Endpoint = {
  path: '/two-factor/enable',
  method: 'post',
  handler: async (req) => {
    const input = await accountAndCode(req)
    if (input instanceof Response) return input
    const { account, code } = input
    if (!account.totpPendingSecret) return json(409, { error: 'no_setup', message: say(req, 'Hãy bắt đầu thiết lập trước.', 'Start the set-up first.') })
    const check = await checkTotp(unseal(account.totpPendingSecret, 'totp') ?? '', code)
    if (!check.ok) return json(400, { error: 'wrong_code', message: say(req, 'Mã không đúng; kiểm tra giờ trên điện thoại rồi thử mã mới.', 'Wrong code; check the phone’s clock and try a new code.') })
    const on = { totpSecret: account.totpPendingSecret, totpPendingSecret: null, totpEnabled: true, totpLastStep: check.step }
    await writeTwoFactor(req, account, on, `${account.email} turned two-factor authentication on`)
    return json(200, { enabled: true, message: say(req, 'Đã bật xác thực hai bước.', 'Two-factor authentication is on.') })
  },
}

/** POST /api/users/two-factor/disable { code }: turns it off, for roles that do not require it. */
const disable: Endpoint = {
  path: '/two-factor/disable',
  method: 'post',
  handler: async (req) => {
    const input = await accountAndCode(req)
    if (input instanceof Response) return input
    const { account, code } = input
    if (!account.totpEnabled) return json(409, { error: 'not_enabled', message: say(req, 'Xác thực hai bước chưa bật.', 'Two-factor authentication is not on.') })
    if (totpRequiredRoles().includes(account.role)) {
      return json(403, { error: 'required', message: say(req, 'Vai trò của tài khoản bắt buộc xác thực hai bước.', 'Your role requires two-factor authentication.') })
    }
    const check = await checkTotp(unseal(account.totpSecret, 'totp') ?? '', code, account.totpLastStep)
    if (!check.ok) return json(400, { error: 'wrong_code', message: say(req, 'Mã không đúng hoặc đã được dùng.', 'The code is wrong or has been used already.') })
    await writeTwoFactor(req, account, turnedOff, `${account.email} turned two-factor authentication off`)
    return json(200, { enabled: false, message: say(req, 'Đã tắt xác thực hai bước.', 'Two-factor authentication is off.') })
  },
}

/**
 * POST /api/users/:id/two-factor/reset: for a lost phone. Portal administrators, or the agency
 * administrator of the account's agency tree, clear its two-factor set-up; its owner sets it up
 * again at the next sign-in. Not one's own account.
 */
const reset: Endpoint = {
  path: '/:id/two-factor/reset',
  method: 'post',
  handler: async (req) => {
    const role = roleOf(req)
    if (!req.user || (role !== 'admin' && role !== 'agencyAdmin')) return json(403, { error: 'forbidden', message: 'Only administrators reset two-factor authentication.' })
    const id = String(req.routeParams?.id ?? '')
    if (id === String(req.user.id)) return json(403, { error: 'forbidden', message: 'Ask another administrator to reset your own two-factor authentication.' })
    const account = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!account || (role === 'agencyAdmin' && (account.role === 'admin' || !(await inScope(req, agencyIdOf(account.agency as never)))))) {
      return json(404, { error: 'not_found', message: `No staff account ${id} that you manage.` })
    }
    await writeTwoFactor(req, account, turnedOff, `reset the two-factor authentication of ${account.email}`)
    return json(200, { reset: true, message: say(req, 'Đã đặt lại xác thực hai bước.', 'Two-factor authentication has been reset.') })
  },
}

export const twoFactorEndpoints: Endpoint[] = [setup, enable, disable, reset]
