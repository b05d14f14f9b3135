import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { z } from 'zod'
import type { Role } from '@/lib/staff/roles'
import { transactionOf } from '@/lib/payload/transactionOf'
import { inScope } from '@/lib/staff/scope'
import { type DecisionState, transition } from '@/lib/workflow/decisionWorkflow'

/**
 * Actions offered through the endpoint. Publishing (applying the decision's items in one
 * transaction, on its effective date) comes with the next step of the workflow.
 */
const body = z.object({
  action: z.enum(['submit', 'withdraw', 'return', 'approve']),
  comment: z.string().trim().max(5_000).optional(),
})

const json = (status: number, payload: Record<string, unknown>) => Response.json(payload, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * POST /api/publicationDecisions/:id/workflow { action, comment? }: moves a decision through the
 * workflow (lib/workflow/decisionWorkflow.ts) on behalf of the signed-in staff member. The check
 * and the change happen under a lock on the decision's row, so two people acting at once cannot
 * both succeed; every step is recorded in the decision's workflow log, in the same transaction.
 */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return json(401, { error: 'unauthorized', message: 'Sign in with a staff account.' })
    const parsed = body.safeParse(await req.json?.().catch(() => undefined))
    if (!parsed.success) {
      return json(400, { error: 'invalid_body', message: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') })
    }
    const { action, comment } = parsed.data
    const id = String(req.routeParams?.id ?? '')
    // Read as the user: a decision outside their agency tree's reach is not found.
    const decision = await req.payload
      .findByID({ collection: 'publicationDecisions', id, depth: 0, req, overrideAccess: false, disableErrors: true })
      .catch(() => null)
    if (!decision) return json(404, { error: 'not_found', message: `No publication decision ${id} that you can see.` })
    const actor = { id: req.user.id, role: (req.user as { role: Role }).role, inScope: await inScope(req, decision.issuer as number | undefined) }
    const shouldCommit = await initTransaction(req)
    try {
      // Lock the decision's row for the rest of the transaction: a second request for the same
      // decision waits here, then sees the state this one left.
      const db = await transactionOf(req)
      const locked = (await db.execute(sql`SELECT status, submitted_by_id FROM publication_decisions WHERE id = ${decision.id} FOR UPDATE`)) as unknown as {
        rows: { status: DecisionState; submitted_by_id: number | null }[]
      }
      const from = locked.rows[0]!.status
      const state = { state: from, submittedBy: locked.rows[0]!.submitted_by_id, effectiveDate: decision.effectiveDate }
      const result = transition({ action, actor, decision: state, comment, now: new Date() })
      if (!result.ok) {
        await killTransaction(req)
        return json(result.status, { error: 'transition_refused', message: result.reason })
      }
      const current = await req.payload.findByID({ collection: 'publicationDecisions', id: decision.id, depth: 0, req, overrideAccess: true, select: { workflowLog: true } })
      // The decision's audit hook logs this change as the workflow step, not as a plain update.
      req.context.auditAction = action
      const entry = { action, by: req.user.id as number, at: new Date().toISOString(), comment: comment || undefined }
      await req.payload.update({
        collection: 'publicationDecisions',
        id: decision.id,
        data: {
          status: result.next,
          ...(action === 'submit' ? { submittedBy: req.user.id as number } : {}),
          ...(action === 'approve' || action === 'return' ? { reviewedBy: req.user.id as number } : {}),
          workflowLog: [...(current.workflowLog ?? []).map((step) => ({ action: step.action, by: step.by, at: step.at, comment: step.comment })), entry],
        },
        depth: 0,
        req,
        overrideAccess: true,
      })
      if (shouldCommit) await commitTransaction(req)
      return json(200, { id: decision.id, status: result.next, message: `Decision ${decision.number}: ${from} → ${result.next}.` })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
