import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { transactionOf } from '@/lib/payload/transactionOf'
import type { PublicationDecision } from '@/payload-types'
import { checkDecision, type DecisionReport, describeProblems } from './decisionReport'
import { schedulePublication } from './schedulePublication'
import { type DecisionAction, type DecisionState, transition, type WorkflowActor } from './decisionWorkflow'

export interface WorkflowOutcome {
  status: number
  /** `message` is English (for API clients); `messageVi` the same for the admin in Vietnamese, where it differs. */
  body: { id?: number; status?: DecisionState; message: string; messageVi?: string; error?: string; report?: DecisionReport }
}

/** Actions after which the decision's items must be publishable as entered. */
const checkedActions: DecisionAction[] = ['submit', 'approve', 'publish']

/**
 * Applies one workflow action to a decision, in one transaction, under a lock on the decision's
 * row (two people acting at once: the second waits, then sees the state the first left):
 * checks the transition (lib/workflow/decisionWorkflow.ts), checks the items for submit, approve
 * and publish, publishes the items for publish (publishItems), and records the step in the
 * decision's workflow log. Anything that fails rolls everything back: nothing is half-published.
 * `actor.inScope` must already say whether the decision's issuer is in the actor's agency tree.
 */
export async function runWorkflowAction(
  req: PayloadRequest,
  input: { decisionId: number; action: DecisionAction; actor: WorkflowActor; comment?: string; now: Date },
): Promise<WorkflowOutcome> {
  const { decisionId, action, actor, comment, now } = input
  const shouldCommit = await initTransaction(req)
  try {
    const db = await transactionOf(req)
    const locked = (await db.execute(sql`SELECT status, submitted_by_id, effective_date FROM publication_decisions WHERE id = ${decisionId} FOR UPDATE`)) as unknown as {
      rows: { status: DecisionState; submitted_by_id: number | null; effective_date: string | Date | null }[]
    }
    const row = locked.rows[0]
    if (!row) {
      await killTransaction(req)
      return { status: 404, body: { error: 'not_found', message: `No publication decision ${decisionId}.` } }
    }
    const effectiveDate = row.effective_date === null ? null : new Date(row.effective_date).toISOString()
    const result = transition({ action, actor, decision: { state: row.status, submittedBy: row.submitted_by_id, effectiveDate }, comment, now })
    if (!result.ok) {
      await killTransaction(req)
      return { status: result.status, body: { error: 'transition_refused', message: result.reason, messageVi: result.reasonVi } }
    }
    if (checkedActions.includes(action)) {
      const report = await checkDecision(req, decisionId)
      if (!report.ready) {
        await killTransaction(req)
        return { status: 409, body: { error: 'items_not_ready', message: `The decision cannot be ${action === 'submit' ? 'submitted' : action === 'approve' ? 'approved' : 'published'}: ${describeProblems(report)}`, report } }
      }
      if (action === 'publish') {
        const failure = await publishItems(req, decisionId, report)
        if (failure) {
          await killTransaction(req)
          return { status: 409, body: { error: 'publish_failed', message: `${failure} Nothing was published.`, report } }
        }
      }
    }
    const current = (await req.payload.findByID({ collection: 'publicationDecisions', id: decisionId, depth: 0, req, overrideAccess: true })) as PublicationDecision
    // The decision's audit hook logs this change as the workflow step, not as a plain update.
    req.context.auditAction = action
    const by = actor.role === 'system' ? undefined : (actor.id as number)
    const entry = { action, by, at: now.toISOString(), comment: comment || undefined }
    await req.payload.update({
      collection: 'publicationDecisions',
      id: decisionId,
      data: {
        status: result.next,
        ...(action === 'submit' ? { submittedBy: by } : {}),
        ...(action === 'approve' || action === 'return' ? { reviewedBy: by } : {}),
        workflowLog: [...(current.workflowLog ?? []).map((step) => ({ action: step.action, by: step.by, at: step.at, comment: step.comment })), entry],
      },
      depth: 0,
      req,
      overrideAccess: true,
    })
    // The scheduled job publishes it at the start of its effective day (lib/workflow/publishDecisionTask.ts).
    if (action === 'approve' && effectiveDate) await schedulePublication(req, decisionId, effectiveDate)
    if (shouldCommit) await commitTransaction(req)
    return { status: 200, body: { id: decisionId, status: result.next, message: `Decision ${current.number}: ${row.status} → ${result.next}.` } }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Publishes a decision's items (already checked), inside the caller's transaction. New and amended
 * procedures: their latest draft becomes the published version (the previous one stays in the
 * version history). Abolished ones: status abolished, pointing at the decision; a pending draft
 * is set aside first (it stays in the history) so that it is not published by the same write.
 * Each write goes through Payload, so the pages are revalidated, the search outbox gets its rows
 * and the audit log its entries, all in this transaction.
 */
async function publishItems(req: PayloadRequest, decisionId: number, report: DecisionReport): Promise<string | undefined> {
  const db = await transactionOf(req)
  req.context.auditAction = 'publish'
  for (const item of report.items) {
    const id = item.procedure!.id
    try {
      if (item.action === 'abolish') {
        await db.execute(sql`UPDATE _procedures_v SET latest = false WHERE parent_id = ${id} AND latest AND version__status = 'draft'`)
        await req.payload.update({ collection: 'procedures', id, data: { status: 'abolished', abolishedBy: decisionId }, req, overrideAccess: true, depth: 0 })
      } else {
        const data = { status: 'published' as const, _status: 'published' as const, publicationDecision: decisionId, abolishedBy: null }
        await req.payload.update({ collection: 'procedures', id, data, req, overrideAccess: true, depth: 0 })
      }
    } catch (error) {
      // Payload's validation (a draft may lack what publishing requires) or the database refused it.
      const fields = (error as { data?: { errors?: { message: string; path: string }[] } }).data?.errors
      const reason = fields?.map((e) => `${e.path}: ${e.message}`).join('; ') || (error instanceof Error ? error.message : String(error))
      return `Item ${item.position} (${item.procedure?.code}) could not be published: ${reason.replace(/[.\s]+$/, '')}.`
    }
  }
  return undefined
}
