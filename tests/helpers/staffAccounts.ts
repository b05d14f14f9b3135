import type { Payload } from 'payload'
import type { Role } from '@/lib/staff/roles'
import { seal } from '@/lib/staff/secretBox'
import { newTotpSecret, totpCode, totpRequiredRoles } from '@/lib/staff/totp'

/** The password of every test staff account (it meets the password rules). */
export const staffPassword = 'Correct-horse-battery-9'

/**
 * Creates staff accounts (`<prefix><key in lower case>@portal.localhost`, role, agency) and signs
 * each in through the REST API; returns their ids and tokens by key.
 */
export async function createStaff<K extends string>(payload: Payload, accounts: Record<K, [Role, number | undefined]>, prefix = '') {
  // Imported here: the REST handlers load the Payload config, which needs the test database's environment.
  const { rest } = await import('./restClient')
  const ids = {} as Record<K, number>
  const tokens = {} as Record<K, string>
  for (const key of Object.keys(accounts) as K[]) {
    const [role, agency] = accounts[key]
    const email = `${prefix}${key.toLowerCase()}@portal.localhost`
    ids[key] = (await payload.create({ collection: 'users', data: { email, password: staffPassword, role, agency } })).id as number
    // Administrators need two-factor authentication to act at all: set up here, as its owner would.
    const totp = totpRequiredRoles().includes(role) ? await enableTotp(payload, ids[key]) : undefined
    const body = { email, password: staffPassword, ...(totp ? { totp: await totpCode(totp) } : {}) }
    tokens[key] = (await rest('POST', '/api/users/login', { body })).body.token as string
  }
  return { ids, tokens }
}

/** The two-factor secret of every account these helpers set up, by id (for a test that signs in again). */
export const totpSecrets = new Map<number, string>()

/** Turns two-factor authentication on for an account, with a new secret; returns the secret. */
export async function enableTotp(payload: Payload, id: number): Promise<string> {
  const secret = newTotpSecret()
  await payload.db.updateOne({ collection: 'users', id, data: { totpSecret: seal(secret, 'totp'), totpEnabled: true } })
  totpSecrets.set(id, secret)
  return secret
}

/** The two ministries most tests need: Justice (moj) and Public Security (mps). */
export async function createMinistries(payload: Payload): Promise<{ moj: number; mps: number }> {
  const ministry = async (name: string) => (await payload.create({ collection: 'agencies', data: { name, type: 'ministry' } })).id
  return { moj: await ministry('Bộ Tư pháp'), mps: await ministry('Bộ Công an') }
}
