import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { seal } from '@/lib/staff/secretBox'

/**
 * Creates the first portal administrator when there is no staff account yet, from
 * ADMIN_EMAIL / ADMIN_PASSWORD or with a generated password that is printed this once, and with
 * the two-factor secret ADMIN_TOTP_SECRET when given.
 */
export async function ensureFirstAdmin(payload: Payload, log: (line: string) => void): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  const email = process.env.ADMIN_EMAIL || 'admin@portal.localhost'
  // Random, and sure to hold every character class the password rules ask for.
  const password = process.env.ADMIN_PASSWORD || `${randomBytes(12).toString('base64url')}-Qt9`
  const admin = await payload.create({ collection: 'users', data: { email, password, name: 'Quản trị cổng', role: 'admin' } })
  // Two-factor authentication is required of administrators: from ADMIN_TOTP_SECRET (a Base32 secret
  // the operator also puts in an authenticator app; the test servers use it), or set up at first sign-in.
  const totpSecret = process.env.ADMIN_TOTP_SECRET
  if (totpSecret) await payload.db.updateOne({ collection: 'users', id: admin.id, data: { totpSecret: seal(totpSecret, 'totp'), totpEnabled: true } })
  if (process.env.ADMIN_PASSWORD) {
    log(`First administrator created: ${email} (password from ADMIN_PASSWORD${totpSecret ? ', two-factor secret from ADMIN_TOTP_SECRET' : ''})`)
    return
  }
  const lines = [
    'First administrator account (shown only this once, keep it safe):',
    `  e-mail:   ${email}`,
    `  password: ${password}`,
    totpSecret ? 'Two-factor codes: from ADMIN_TOTP_SECRET.' : 'Sign in at /admin, set up two-factor authentication (required),',
    'and change the password.',
  ]
  const width = Math.max(...lines.map((l) => l.length))
  log(`┌${'─'.repeat(width + 2)}┐`)
  for (const line of lines) log(`│ ${line.padEnd(width)} │`)
  log(`└${'─'.repeat(width + 2)}┘`)
}
