import { generate, generateSecret, generateURI, verify } from 'otplib'
import type { Role } from './roles'

/** The name an authenticator app shows for the portal's staff accounts. */
const issuer = 'Cổng Dịch vụ công'

/**
 * Roles that must use two-factor authentication (STAFF_TOTP_REQUIRED_ROLES, comma-separated;
 * default the administrators: portal and agency). An account of such a role that has not set it
 * up yet acts with no rights until it does (access/roles.ts).
 */
export function totpRequiredRoles(value = process.env.STAFF_TOTP_REQUIRED_ROLES): Role[] {
  // Asked by every permission check: parsed once per distinct setting.
  if (!parsedRoles || parsedRoles.value !== value) {
    const roles = value === undefined ? ['admin', 'agencyAdmin'] : value.split(',').map((role) => role.trim()).filter(Boolean)
    parsedRoles = { value, roles: roles as Role[] }
  }
  return parsedRoles.roles
}

let parsedRoles: { value: string | undefined; roles: Role[] } | undefined

/** A new shared secret (Base32, 20 bytes), kept on the account and in the person's authenticator app. */
export const newTotpSecret = (): string => generateSecret({ length: 20 })

/** The otpauth:// address an authenticator app reads from the set-up QR code. */
export const totpUri = (account: string, secret: string): string => generateURI({ issuer, label: account, secret })

/** The code an authenticator shows at a moment (tests and the e2e admin use it). */
export const totpCode = (secret: string, at = new Date()): Promise<string> => generate({ secret, epoch: Math.floor(at.getTime() / 1000) })

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'format' | 'wrong' }

/**
 * Checks a six-digit code against the secret, allowing one period (30 s) of clock difference
 * either way. A code of a period at or before `lastStep` (the last one accepted for the account)
 * is refused, so that a code seen over someone's shoulder cannot be used again.
 */
export async function checkTotp(secret: string, code: unknown, lastStep?: number | null, at = new Date()): Promise<TotpCheck> {
  const token = typeof code === 'string' ? code.replace(/\s+/g, '') : ''
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: 'format' }
  // No readable secret (none set, or stored under another key): no code can match.
  if (!secret) return { ok: false, reason: 'wrong' }
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(at.getTime() / 1000),
    epochTolerance: 30,
    ...(lastStep ? { afterTimeStep: lastStep } : {}),
  })
  return result.valid ? { ok: true, step: (result as { timeStep?: number }).timeStep ?? 0 } : { ok: false, reason: 'wrong' }
}
