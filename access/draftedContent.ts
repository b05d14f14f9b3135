import type { AccessResult, CollectionBeforeOperationHook, CollectionConfig, PayloadRequest, Where } from 'payload'
import { publicError } from '@/lib/payload/publicError'
import { say } from '@/lib/payload/requestLanguage'
import { hasRole, roleOf } from './roles'
import { ownedByScope } from './scopedContent'

/**
 * Content kept with Payload's drafts and versions (procedures), owned by an agency through
 * `owner`. Like scopedContentAccess (docs/adr/0008), plus what drafts need:
 *
 * - Published means both our lifecycle `status` and Payload's `_status`: a draft saved over a
 *   published procedure (an amendment) keeps `status: published` in its version, so `?draft=true`
 *   would otherwise show it to anyone.
 * - Editors change their scope's procedures only as drafts: a new procedure, or an amendment
 *   beside the published version. Publishing is the publication workflow's (which acts with the
 *   system's rights) or a portal administrator's. Returning false for `_status: published` also
 *   hides the admin's Publish button from them.
 * - Version history is for staff of the owning agency tree.
 */
export function draftedContentAccess(owner: string): CollectionConfig['access'] {
  const owned = (req: PayloadRequest, prefix = '') => ownedByScope(req, `${prefix}${owner}`)
  const published: Where = { and: [{ status: { equals: 'published' } }, { _status: { equals: 'published' } }] }
  const publishing = (data: unknown) => (data as { _status?: string } | undefined)?._status === 'published'
  return {
    read: async ({ req }): Promise<AccessResult> => {
      if (!req.user) return published
      const mine = await owned(req)
      return mine === true ? true : { or: [published, mine] }
    },
    readVersions: async ({ req }): Promise<AccessResult> => (req.user ? owned(req, 'version.') : false),
    create: ({ req, data }) => hasRole(req, 'admin') || (hasRole(req, 'editor') && !publishing(data)),
    update: async ({ req, data }) => {
      if (hasRole(req, 'admin')) return true
      if (!hasRole(req, 'editor') || publishing(data)) return false
      const mine = await owned(req)
      // An abolished procedure is not amended: a new decision publishes a new one.
      return mine === true ? true : { and: [mine, { status: { in: ['draft', 'published'] } }] }
    },
    // Only what was never published (a published procedure is abolished by a decision instead).
    delete: async ({ req }) => {
      if (hasRole(req, 'admin')) return true
      if (!hasRole(req, 'editor')) return false
      const mine = await owned(req)
      return mine === true ? true : { and: [mine, { status: { equals: 'draft' } }, { _status: { equals: 'draft' } }] }
    },
  }
}

/**
 * Staff other than portal administrators save changes only as drafts (`?draft=true`, or the
 * admin's "Save draft"): a plain update would write straight over the published procedure.
 * Imports and the publication workflow run without a signed-in user, or with the system's rights.
 */
export const changesOnlyAsDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user || roleOf(req) === 'admin' || args.overrideAccess === true) return args
  const data = args.data as { _status?: string } | undefined
  if (args.draft !== true || data?._status === 'published') {
    throw publicError(
      say(
        req,
        'Thay đổi thủ tục được lưu dưới dạng bản nháp (?draft=true) và chỉ công khai qua quyết định công bố.',
        'Changes to a procedure are saved as a draft (?draft=true) and go public through a publication decision.',
      ),
      403,
    )
  }
  return args
}
