import type { CollectionBeforeOperationHook } from 'payload'
import { roleOf } from '@/access/roles'

/**
 * A write that is not a draft, by the system (an import, a test fixture) or an administrator, and
 * says the procedure is published also makes that version Payload's published one (`_status`):
 * the two statuses cannot disagree about what the public sees. Other staff never set `status`
 * (the field is not theirs) and publish only through a decision. Done before the operation, the
 * only place that knows whether this is a draft save (later, `_status` already has its default).
 */
export const syncDraftStatus: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || args.draft === true) return args
  if (req.user && roleOf(req) !== 'admin') return args
  const data = args.data as { status?: string; _status?: string } | undefined
  if (data && data._status === undefined && data.status === 'published') args.data = { ...data, _status: 'published' } as typeof args.data
  return args
}
