import { createLocalReq, type TaskConfig } from 'payload'
import { runWorkflowAction } from './runWorkflowAction'

/**
 * The background job that publishes an approved decision on its effective date, as the system
 * (logged as "system:scheduler"). Runs in its own transaction (lib/workflow/runWorkflowAction.ts);
 * a decision that is no longer approved (a reviewer published it by hand) is left alone, so a job
 * that runs twice, or on two instances, publishes once. A refusal (an item that can no longer be
 * published) fails the job, which Payload retries and records.
 */
export const publishDecisionTask: TaskConfig<{ input: { decision: number }; output: { outcome: string } }> = {
  slug: 'publishDecision',
  label: 'Publish an approved decision on its effective date',
  inputSchema: [{ name: 'decision', type: 'number', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  retries: 3,
  handler: async ({ input, req }) => {
    const own = await createLocalReq({ context: { auditSystem: 'scheduler' } }, req.payload)
    const outcome = await runWorkflowAction(own, { decisionId: input.decision, action: 'publish', actor: { id: 'system', role: 'system', inScope: true }, now: new Date() })
    if (outcome.status === 200) return { output: { outcome: outcome.body.message } }
    const decision = await req.payload.findByID({ collection: 'publicationDecisions', id: input.decision, depth: 0, disableErrors: true, select: { status: true } })
    // Deleted, or published already (by hand, or by another run of this job): nothing to do.
    if (!decision || decision.status !== 'approved') return { output: { outcome: outcome.body.message } }
    throw new Error(outcome.body.message)
  },
}
