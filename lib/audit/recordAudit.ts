import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { agencyIdOf } from '@/lib/staff/scope'
import { changedFields, summarize } from './changes'

export const auditActions = ['login', 'logout', 'create', 'update', 'delete', 'submit', 'withdraw', 'return', 'approve', 'publish', 'roleChange'] as const
export type AuditAction = (typeof auditActions)[number]

export interface AuditEntry {
  action: AuditAction
  collection?: string
  documentId?: string | number
  summary: string
  changes?: Record<string, [unknown, unknown]>
}

/** The name of the system work acting without a person (req.context.auditSystem, e.g. "scheduler"), if any. */
const systemActor = (req: PayloadRequest) => (typeof req.context.auditSystem === 'string' ? req.context.auditSystem : undefined)
const audited = (req: PayloadRequest) => Boolean(req.user || systemActor(req)) && !req.context.skipAudit

/**
 * Appends an entry for the signed-in staff member, in the request's transaction: it commits with
 * the change it reports, or not at all. System work (imports, the scheduled publisher without a
 * person behind it) has no user and writes entries only where it says so itself.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry, user = req.user): Promise<void> {
  const actor = user as { id: number; email?: string; role?: string; agency?: number | { id: number } | null } | null
  const system = systemActor(req)
  if (!actor && !system) return
  await req.payload.create({
    collection: 'auditLog',
    data: {
      at: new Date().toISOString(),
      actor: actor?.id,
      actorEmail: actor ? (actor.email ?? '') : `system:${system}`,
      actorRole: actor ? (actor.role ?? '') : 'system',
      actorAgency: agencyIdOf(actor?.agency ?? undefined),
      action: entry.action,
      targetCollection: entry.collection,
      documentId: entry.documentId === undefined ? undefined : String(entry.documentId),
      summary: entry.summary.slice(0, 1_000),
      changes: entry.changes,
    },
    req,
    overrideAccess: true,
    depth: 0,
  })
}

/**
 * Collection hooks that log every create, update and delete made by staff. An action the
 * workflow names itself (req.context.auditAction, e.g. "approve") replaces the plain "update";
 * a change of a staff account's role is logged as "roleChange".
 */
export function auditHooks(collection: string, title: (doc: Record<string, unknown>) => string) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
    if (!audited(req)) return doc
    const changes = changedFields(operation === 'create' ? undefined : previousDoc, doc)
    const named = req.context.auditAction as AuditAction | undefined
    const roleChanged = collection === 'users' && operation === 'update' && changes.role
    const action: AuditAction = named ?? (roleChanged ? 'roleChange' : operation)
    const what = `${title(doc) || `#${doc.id}`}`
    const summary = operation === 'create' ? `created ${what}` : `${action === 'update' ? 'updated' : action} ${what}: ${summarize(changes)}`
    await recordAudit(req, { action, collection, documentId: doc.id as number, summary, changes })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    if (!audited(req)) return doc
    await recordAudit(req, { action: 'delete', collection, documentId: doc.id as number, summary: `deleted ${title(doc) || `#${doc.id}`}` })
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}
