import type { Payload } from 'payload'
import type { Role } from '@/lib/staff/roles'

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
    tokens[key] = (await rest('POST', '/api/users/login', { body: { email, password: staffPassword } })).body.token as string
  }
  return { ids, tokens }
}

/** The two ministries most tests need: Justice (moj) and Public Security (mps). */
export async function createMinistries(payload: Payload): Promise<{ moj: number; mps: number }> {
  const ministry = async (name: string) => (await payload.create({ collection: 'agencies', data: { name, type: 'ministry' } })).id
  return { moj: await ministry('Bộ Tư pháp'), mps: await ministry('Bộ Công an') }
}
