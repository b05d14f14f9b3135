import type { Payload, PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { effectiveRole, type Role } from './roles'
import { totpRequiredRoles } from './totp'

/** What a staff account may act on: everything (portal administrators), or these agencies. */
export type AgencyScope = 'all' | number[]

interface StaffUser {
  id: number | string
  role?: Role | null
  totpEnabled?: boolean | null
  agency?: number | { id: number } | null
}

export const agencyIdOf = (agency: StaffUser['agency'] | string | undefined): number | undefined => {
  if (agency === null || agency === undefined || agency === '') return undefined
  const id = typeof agency === 'object' ? agency.id : Number(agency)
  return Number.isFinite(id) ? id : undefined
}

/**
 * The agency of a staff account and every agency below it (agencies.parent), read once per
 * request. Portal administrators have the whole portal; an account without an agency has none.
 */
export async function agencyScope(req: PayloadRequest): Promise<AgencyScope> {
  const user = req.user as StaffUser | null
  const role = effectiveRole(user, totpRequiredRoles())
  if (!user || !role) return []
  if (role === 'admin') return 'all'
  const cached = req.context.agencyScope as AgencyScope | undefined
  if (cached) return cached
  const root = agencyIdOf(user.agency)
  const scope = root === undefined ? [] : await agencyTree(req.payload, root)
  req.context.agencyScope = scope
  return scope
}

/** An agency and every agency below it (agencies.parent), by id. */
export async function agencyTree(payload: Payload, root: number): Promise<number[]> {
  const result = (await payload.db.drizzle.execute(sql`
    WITH RECURSIVE tree(id) AS (
      SELECT id FROM agencies WHERE id = ${root}
      UNION
      SELECT a.id FROM agencies a JOIN tree t ON a.parent_id = t.id
    )
    SELECT id FROM tree`)) as unknown as { rows: { id: number }[] }
  return result.rows.map((row) => Number(row.id))
}

/** Whether an agency (by id) is within the account's scope. */
export async function inScope(req: PayloadRequest, agency: StaffUser['agency'] | string | undefined): Promise<boolean> {
  const scope = await agencyScope(req)
  if (scope === 'all') return true
  const id = agencyIdOf(agency)
  return id !== undefined && scope.includes(id)
}
