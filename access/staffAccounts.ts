import type { AccessResult, CollectionBeforeChangeHook, CollectionConfig, FieldAccess, PayloadRequest, Where } from 'payload'
import { publicError } from '@/lib/payload/publicError'
import type { Role } from '@/lib/staff/roles'
import { agencyIdOf, agencyScope, inScope } from '@/lib/staff/scope'
import { hasRole, roleOf } from './roles'

/** The roles an agency administrator may grant, within their agency tree. */
export const rolesAgencyAdminsGrant: Role[] = ['editor', 'reviewer', 'officer']

const self = (req: PayloadRequest): Where => ({ id: { equals: req.user!.id } })

async function accountsInScope(req: PayloadRequest): Promise<Where> {
  const scope = await agencyScope(req)
  return { agency: { in: scope === 'all' || !scope.length ? [0] : scope } }
}

/**
 * Staff accounts. Portal administrators manage all; an agency administrator (the agency's
 * "high-level account") manages the accounts of their agency and the agencies below it; everyone
 * else sees and edits only their own account, and never their own role or agency.
 */
export const staffAccountAccess: CollectionConfig['access'] = {
  read: async ({ req }): Promise<AccessResult> => {
    if (!req.user) return false
    if (hasRole(req, 'admin')) return true
    if (hasRole(req, 'agencyAdmin')) return { or: [self(req), await accountsInScope(req)] }
    return self(req)
  },
  create: async ({ req, data }) => {
    if (hasRole(req, 'admin')) return true
    if (!hasRole(req, 'agencyAdmin')) return false
    return data === undefined || data.agency === undefined || (await inScope(req, data.agency))
  },
  update: async ({ req }): Promise<AccessResult> => {
    if (!req.user) return false
    if (hasRole(req, 'admin')) return true
    if (hasRole(req, 'agencyAdmin')) return { or: [self(req), await accountsInScope(req)] }
    return self(req)
  },
  delete: async ({ req }): Promise<AccessResult> => {
    if (hasRole(req, 'admin')) return true
    if (!hasRole(req, 'agencyAdmin')) return false
    return { and: [await accountsInScope(req), { id: { not_equals: req.user!.id } }] }
  },
  admin: ({ req }) => Boolean(req.user),
}

/** Role and agency: set by portal administrators and agency administrators only (checked further on save). */
export const accountAdministrators: FieldAccess = ({ req }) => hasRole(req, 'admin', 'agencyAdmin')

/** Field access of what only those two roles set on an account (role, agency, disabled, reactivate). */
export const setByAccountAdministrators = { create: accountAdministrators, update: accountAdministrators }

const refuse = (message: string) => publicError(message, 403)

/**
 * What an agency administrator may do to an account: grant editor, reviewer or officer, to an
 * account of their agency tree (a new account gets their own agency unless another in the tree is
 * chosen), and never change their own role or agency.
 */
export const staffAccountRules: CollectionBeforeChangeHook = async ({ req, data, originalDoc, operation }) => {
  if (!req.user || roleOf(req) === 'admin') return data
  const isSelf = operation === 'update' && String(originalDoc?.id) === String(req.user.id)
  if (operation === 'create' && data.agency === undefined) data.agency = agencyIdOf((req.user as { agency?: number | { id: number } }).agency)
  const roleChanged = 'role' in data && (operation === 'create' || data.role !== originalDoc?.role)
  const agencyChanged = 'agency' in data && (operation === 'create' || agencyIdOf(data.agency) !== agencyIdOf(originalDoc?.agency))
  if (isSelf && (roleChanged || agencyChanged)) throw refuse('You cannot change your own role or agency; ask an administrator.')
  if (roleChanged && !rolesAgencyAdminsGrant.includes(data.role)) {
    throw refuse(`An agency administrator grants only the roles ${rolesAgencyAdminsGrant.join(', ')} (not ${String(data.role)}).`)
  }
  if (!isSelf && !(await inScope(req, 'agency' in data ? data.agency : originalDoc?.agency))) {
    throw refuse('The account must belong to your agency or an agency below it.')
  }
  return data
}
