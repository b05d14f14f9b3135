import type { Role } from '@/lib/staff/roles'
import { vietnamDay } from '@/lib/workdays/days'

/**
 * The life of a publication decision (quyết định công bố) in the portal:
 *
 *   draft ──submit──▶ submitted ──approve──▶ approved ──publish──▶ published
 *     ▲                 │    │
 *     └──withdraw───────┘    └──return──▶ returned ──submit──▶ submitted
 *
 * An editor enters the decision and submits it for checking; a reviewer of the same agency tree
 * compares it with the signed decision and returns it with comments or approves it; an approved
 * decision is published on its effective date (by a reviewer, or by the scheduled job when that
 * date is in the future). The person who submitted a decision never approves it (four eyes).
 * Portal administrators act in any role, under the same four-eyes rule.
 */
export const decisionStates = ['draft', 'submitted', 'returned', 'approved', 'published'] as const
export type DecisionState = (typeof decisionStates)[number]

export const decisionActions = ['submit', 'withdraw', 'return', 'approve', 'publish'] as const
export type DecisionAction = (typeof decisionActions)[number]

export interface WorkflowActor {
  id: number | string
  role: Role | 'system'
  /** Whether the decision's issuer is within the actor's agency tree. */
  inScope: boolean
}

export interface WorkflowDecision {
  state: DecisionState
  /** Who submitted it last (for the four-eyes rule and withdrawing). */
  submittedBy?: number | string | null
  effectiveDate?: string | null
}

export interface TransitionInput {
  action: DecisionAction
  actor: WorkflowActor
  decision: WorkflowDecision
  comment?: string
  now: Date
}

/**
 * A refusal says why (`reason` in English for API clients, `reasonVi` for the admin in
 * Vietnamese), and what kind of refusal it is (as an HTTP status: 409 wrong state, 403 not this
 * person, 400 missing input).
 */
export type TransitionResult = { ok: true; next: DecisionState } | { ok: false; reason: string; reasonVi: string; status: 400 | 403 | 409 }

const rules: Record<DecisionAction, { from: DecisionState[]; to: DecisionState; roles: (Role | 'system')[] }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['editor', 'admin'] },
  withdraw: { from: ['submitted'], to: 'draft', roles: ['editor', 'admin'] },
  return: { from: ['submitted'], to: 'returned', roles: ['reviewer', 'admin'] },
  approve: { from: ['submitted'], to: 'approved', roles: ['reviewer', 'admin'] },
  publish: { from: ['approved'], to: 'published', roles: ['reviewer', 'admin', 'system'] },
}

const sameActor = (a: number | string | null | undefined, b: number | string) => a !== null && a !== undefined && String(a) === String(b)

// Decisions take effect by calendar day in Vietnam.
export { vietnamDay }

/** Whether an action is allowed, and the state it leads to; otherwise the reason, for the person who tried. */
export function transition({ action, actor, decision, comment, now }: TransitionInput): TransitionResult {
  const rule = rules[action]
  if (!rule.from.includes(decision.state)) {
    return {
      ok: false,
      status: 409,
      reason: `A decision that is ${decision.state} cannot be ${pastTense[action]}; allowed from: ${rule.from.join(', ')}.`,
      reasonVi: `Quyết định đang ở trạng thái "${stateVi[decision.state]}" nên không thể ${actionVi[action]}.`,
    }
  }
  if (!rule.roles.includes(actor.role)) {
    return { ok: false, status: 403, reason: `The ${actor.role} role cannot ${action} a decision.`, reasonVi: `Vai trò của tài khoản không được ${actionVi[action]} quyết định.` }
  }
  if (actor.role !== 'system' && !actor.inScope) {
    return { ok: false, status: 403, reason: 'The decision belongs to an agency outside your agency tree.', reasonVi: 'Quyết định thuộc cơ quan ngoài phạm vi của tài khoản.' }
  }
  if (action === 'withdraw' && actor.role !== 'admin' && !sameActor(decision.submittedBy, actor.id)) {
    return { ok: false, status: 403, reason: 'Only the person who submitted the decision can withdraw it.', reasonVi: 'Chỉ người đã trình mới rút lại được quyết định.' }
  }
  if ((action === 'approve' || action === 'return') && sameActor(decision.submittedBy, actor.id)) {
    return {
      ok: false,
      status: 403,
      reason: 'The person who submitted a decision cannot also check it (four eyes).',
      reasonVi: 'Người đã trình quyết định không được tự kiểm duyệt (nguyên tắc bốn mắt).',
    }
  }
  if (action === 'return' && !comment?.trim()) {
    return { ok: false, status: 400, reason: 'Say what must be corrected when returning a decision.', reasonVi: 'Khi trả lại, hãy ghi rõ nội dung cần sửa.' }
  }
  if (action === 'publish' && decision.effectiveDate) {
    const effective = vietnamDay(new Date(decision.effectiveDate))
    if (effective > vietnamDay(now)) {
      const day = effective.split('-').reverse().join('/')
      return { ok: false, status: 409, reason: `The decision takes effect on ${effective}; it will be published that day.`, reasonVi: `Quyết định có hiệu lực từ ngày ${day}; sẽ được công bố tự động vào ngày đó.` }
    }
  }
  return { ok: true, next: rule.to }
}

const stateVi: Record<DecisionState, string> = {
  draft: 'bản nháp',
  submitted: 'chờ kiểm duyệt',
  returned: 'trả lại để sửa',
  approved: 'đã duyệt',
  published: 'đã công bố',
}

const actionVi: Record<DecisionAction, string> = {
  submit: 'trình',
  withdraw: 'rút lại',
  return: 'trả lại',
  approve: 'duyệt',
  publish: 'công bố',
}

const pastTense: Record<DecisionAction, string> = {
  submit: 'submitted',
  withdraw: 'withdrawn',
  return: 'returned',
  approve: 'approved',
  publish: 'published',
}
