import type { PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import type { Role } from './roles'

/** What a staff account may act on: everything (portal administrators), or these agencies. */
export type AgencyScope = 'all' | number[]

interface StaffUser {
  id: number | string
  role?: Role | null
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
  if (!user) return []
  if (user.role === 'admin') return 'all'
  const cached = req.context.agencyScope as AgencyScope | undefined
  if (cached) return cached
  const root = agencyIdOf(user.agency)
  let scope: number[] = []
  if (root !== undefined) {
    const result = (await req.payload.db.drizzle.execute(sql`
      WITH RECURSIVE tree(id) AS (
        SELECT id FROM agencies WHERE id = ${root}
        UNION
        SELECT a.id FROM agencies a JOIN tree t ON a.parent_id = t.id
      )
      SELECT id FROM tree`)) as unknown as { rows: { id: number }[] }
    scope = result.rows.map((row) => Number(row.id))
  }
  req.context.agencyScope = scope
  return scope
}

/** Whether an agency (by id) is within the account's scope. */
export async function inScope(req: PayloadRequest, agency: StaffUser['agency'] | string | undefined): Promise<boolean> {
  const scope = await agencyScope(req)
  if (scope === 'all') return true
  const id = agencyIdOf(agency)
  return id !== undefined && scope.includes(id)
}
