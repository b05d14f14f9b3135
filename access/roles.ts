import type { Access, FieldAccess, PayloadRequest } from 'payload'
import type { Role } from '@/lib/staff/roles'

/** The role of the signed-in staff account, if any. */
export const roleOf = (req: PayloadRequest): Role | undefined => (req.user as { role?: Role } | null)?.role ?? undefined

export const hasRole = (req: PayloadRequest, ...roles: Role[]) => {
  const role = roleOf(req)
  return role !== undefined && roles.includes(role)
}

/** The portal operator's administrators. */
export const isAdmin: Access = ({ req }) => roleOf(req) === 'admin'

/** Only portal administrators set this field (others' values are ignored). */
export const adminOnlyField: FieldAccess = ({ req }) => roleOf(req) === 'admin'

/** Portal administrators, or the given roles. */
export const adminOr =
  (...roles: Role[]): Access =>
  ({ req }) =>
    hasRole(req, 'admin', ...roles)
