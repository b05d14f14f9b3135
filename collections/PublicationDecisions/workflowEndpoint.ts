import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { roleOf } from '@/access/roles'
import { inScope } from '@/lib/staff/scope'
import { checkDecision } from '@/lib/workflow/decisionReport'
import { runWorkflowAction } from '@/lib/workflow/runWorkflowAction'

const body = z.object({
  action: z.enum(['submit', 'withdraw', 'return', 'approve', 'publish']),
  comment: z.string().trim().max(5_000).optional(),
})

const json = (status: number, payload: Record<string, unknown>) => Response.json(payload, { status, headers: { 'Cache-Control': 'no-store' } })

/** The decision as the signed-in user may see it (a decision outside their agency tree's reach is not found). */
async function visibleDecision(req: PayloadRequest) {
  const id = String(req.routeParams?.id ?? '')
  const decision = await req.payload
    .findByID({ collection: 'publicationDecisions', id, depth: 0, req, overrideAccess: false, disableErrors: true })
    .catch(() => null)
  return { id, decision }
}

/**
 * POST /api/publicationDecisions/:id/workflow { action, comment? }: moves a decision through the
 * workflow on behalf of the signed-in staff member (lib/workflow/runWorkflowAction.ts): submit,
 * withdraw, return, approve, and publish (applies every item in one transaction, from the
 * effective date on; before that the scheduled job does it).
 */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return json(401, { error: 'unauthorized', message: 'Sign in with a staff account.' })
    const parsed = body.safeParse(await req.json?.().catch(() => undefined))
    if (!parsed.success) {
      return json(400, { error: 'invalid_body', message: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') })
    }
    const { id, decision } = await visibleDecision(req)
    if (!decision) return json(404, { error: 'not_found', message: `No publication decision ${id} that you can see.` })
    const role = roleOf(req)
    if (!role) return json(403, { error: 'no_role', message: 'Your account has no role to act with (set up two-factor authentication first).' })
    const actor = { id: req.user.id, role, inScope: await inScope(req, decision.issuer as number | undefined) }
    const outcome = await runWorkflowAction(req, { decisionId: decision.id, action: parsed.data.action, actor, comment: parsed.data.comment, now: new Date() })
    return json(outcome.status, outcome.body)
  },
}

/**
 * GET /api/publicationDecisions/:id/check: what the reviewer compares with the signed decision
 * (lib/workflow/decisionReport.ts): its items, each amendment's field-level changes, and what is
 * missing. Staff who can see the decision only.
 */
export const checkEndpoint: Endpoint = {
  path: '/:id/check',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return json(401, { error: 'unauthorized', message: 'Sign in with a staff account.' })
    const { id, decision } = await visibleDecision(req)
    if (!decision) return json(404, { error: 'not_found', message: `No publication decision ${id} that you can see.` })
    return json(200, { ...(await checkDecision(req, decision.id)) })
  },
}
