import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { publicError } from '@/lib/payload/publicError'
import { agencyIdOf, agencyScope, inScope } from '@/lib/staff/scope'
import { anyone } from './anyone'
import { publishedOrStaff } from './publishedOrStaff'
import { adminOr, hasRole, isAdmin } from './roles'

/** Shared catalogs (fields, administrative units, hotlines): everyone reads, portal administrators write. */
export const catalogAccess: CollectionConfig['access'] = { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin }

/** Portal content (FAQs, pages, life events): the public reads what is published, portal administrators write. */
export const publishedContentAccess: CollectionConfig['access'] = { read: publishedOrStaff, create: isAdmin, update: isAdmin, delete: isAdmin }

/**
 * What editors add while entering procedures and decisions (legal documents, the signed PDFs, the
 * search vocabulary): everyone reads; editors and reviewers add; administrators correct and delete.
 */
export const editorAddsAccess: CollectionConfig['access'] = { read: anyone, create: adminOr('editor', 'reviewer'), update: isAdmin, delete: isAdmin }

/** The search vocabulary: editors maintain it (issue 4), administrators too. */
export const vocabularyAccess: CollectionConfig['access'] = { read: anyone, create: adminOr('editor'), update: adminOr('editor'), delete: adminOr('editor') }

/**
 * Agencies: everyone reads. An agency administrator keeps the agencies of their tree up to date
 * (contacts, names) and adds agencies below them; portal administrators do everything.
 */
export const agencyAccess: CollectionConfig['access'] = {
  read: anyone,
  create: async ({ req, data }) => hasRole(req, 'admin') || (hasRole(req, 'agencyAdmin') && (data === undefined || (await inScope(req, data.parent)))),
  update: async ({ req }) => {
    if (hasRole(req, 'admin')) return true
    if (!hasRole(req, 'agencyAdmin')) return false
    const scope = await agencyScope(req)
    return { id: { in: scope === 'all' || !scope.length ? [0] : scope } }
  },
  delete: isAdmin,
}

/** An agency administrator's agencies stay in their tree: a new one goes below it, and their own agency keeps its place. */
export const agencyStaysInScope: CollectionBeforeChangeHook = async ({ req, data, originalDoc, operation }) => {
  if (!req.user || hasRole(req, 'admin') || !('parent' in data)) return data
  const own = agencyIdOf((req.user as { agency?: number | { id: number } }).agency)
  const moved = operation === 'create' || agencyIdOf(data.parent) !== agencyIdOf(originalDoc?.parent)
  if (!moved) return data
  if (operation === 'update' && originalDoc?.id === own) throw publicError('Your own agency keeps its place; ask an administrator to move it.', 403)
  if (!(await inScope(req, data.parent))) throw publicError('The parent agency must be your agency or an agency below it.', 403)
  return data
}
