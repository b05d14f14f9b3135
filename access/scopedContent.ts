import type { AccessResult, CollectionBeforeChangeHook, CollectionConfig, PayloadRequest, Where } from 'payload'
import { publicError } from '@/lib/payload/publicError'
import { agencyScope, inScope } from '@/lib/staff/scope'
import { hasRole, roleOf } from './roles'

/**
 * Content that belongs to an agency (procedures by their managing agency, publication decisions
 * by their issuer). The public reads what is published. Staff read what is published and
 * everything of their agency and the agencies below it. Editors create and change drafts of
 * their scope only (`editableStatuses`: a decision returned for correction too); what is published
 * changes only through a publication decision (the status field is not theirs to set). Portal administrators do everything.
 */
export function scopedContentAccess(owner: string, editableStatuses: string[] = ['draft']): CollectionConfig['access'] {
  const ownedBy = (req: PayloadRequest) => ownedByScope(req, owner)
  const draftsOfScope = async (req: PayloadRequest): Promise<Where | true> => {
    const owned = await ownedBy(req)
    return owned === true ? true : { and: [owned, { status: { in: editableStatuses } }] }
  }
  return {
    read: async ({ req }): Promise<AccessResult> => {
      if (!req.user) return { status: { equals: 'published' } }
      const owned = await ownedBy(req)
      return owned === true ? true : { or: [{ status: { equals: 'published' } }, owned] }
    },
    // Which agency the new document belongs to is checked on save (ownerInScope), with a precise message.
    create: ({ req }) => hasRole(req, 'admin', 'editor'),
    update: async ({ req }) => (hasRole(req, 'admin') ? true : hasRole(req, 'editor') ? draftsOfScope(req) : false),
    delete: async ({ req }) => (hasRole(req, 'admin') ? true : hasRole(req, 'editor') ? draftsOfScope(req) : false),
  }
}

/**
 * Documents whose `field` (an agency) is in the account's scope, as an access filter: `true` for
 * portal administrators. `field` may be a path such as `version.ministry` (version history).
 */
export async function ownedByScope(req: PayloadRequest, field: string): Promise<Where | true> {
  const scope = await agencyScope(req)
  return scope === 'all' ? true : { [field]: { in: scope.length ? scope : [0] } }
}

/**
 * Refuses a save by a non-administrator that would leave the document with an owner outside
 * their scope (creating another agency's procedure, or handing one's own over to it).
 */
export function ownerInScope(owner: string): CollectionBeforeChangeHook {
  return async ({ req, data, originalDoc }) => {
    if (!req.user || roleOf(req) === 'admin') return data
    const value = owner in data ? data[owner] : originalDoc?.[owner]
    if (!(await inScope(req, value))) {
      throw publicError(`${owner} must be your agency or an agency below it (${value === undefined || value === null ? 'none given' : `agency ${String(typeof value === 'object' ? (value as { id: unknown }).id : value)} is not`})`, 403)
    }
    return data
  }
}
