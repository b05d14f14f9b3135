import type { Access, FieldAccess, PayloadRequest } from 'payload'
import { effectiveRole, type Role, type RoleHolder } from '@/lib/staff/roles'
import { totpRequiredRoles } from '@/lib/staff/totp'

/** The role the signed-in staff account acts with, if any (none for an administrator without two-factor authentication yet). */
export const roleOf = (req: PayloadRequest): Role | undefined => effectiveRole(req.user as RoleHolder | null, totpRequiredRoles())

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
