/**
 * The life of a dossier (hồ sơ) submitted online, as one table of allowed transitions:
 *
 *   submitted ──receive──▶ received ──process──▶ processing ──approve──▶ approved ──returnResult──▶ returned
 *      │  ▲                  │  ▲                 │  ▲  │
 *      │  └──supplement──┐   │  └transfer┐        │  │  └─transfer (to another agency)
 *      ├─requestSupplement┴──┴───────────┴────────┘  │
 *      │            supplementRequested ─supplement─▶ processing (when asked during processing)
 *      ├──refuse──▶ refused      (from submitted, supplementRequested, received, processing)
 *      └──withdraw─▶ withdrawn   (the citizen, before receipt)
 *
 * `apologize` (an apology slip with a new appointment date) keeps the state. Officers act on the
 * dossiers of their agency tree; the citizen supplements and withdraws their own. Every
 * transition appends to the dossier's timeline (lib/dossiers), and the clock follows: receipt
 * sets the due date, a request for supplements stops it, a supplement during processing starts
 * it again from the supplement (Decree 61/2018/NĐ-CP, replaced by 118/2025/NĐ-CP).
 */
export const dossierStates = ['submitted', 'supplementRequested', 'received', 'processing', 'approved', 'returned', 'refused', 'withdrawn'] as const
export type DossierState = (typeof dossierStates)[number]

export const dossierActions = ['receive', 'requestSupplement', 'supplement', 'refuse', 'process', 'transfer', 'apologize', 'approve', 'returnResult', 'withdraw'] as const
export type DossierAction = (typeof dossierActions)[number]

export type DossierActor = 'officer' | 'citizen' | 'system'

/** Where a dossier asked to supplement goes back to: reception, or processing (where it was asked). */
export type SupplementStage = 'reception' | 'processing'

/** What an action may need besides the actor: named as in the officers' form. */
type ActionInput = 'reason' | 'missing' | 'agency' | 'newDueAt' | 'result'

interface Rule {
  from: readonly DossierState[]
  /** The next state; `same` keeps it; a function decides from where supplements were asked. */
  to: DossierState | 'same' | ((stage: SupplementStage) => DossierState)
  by: DossierActor
  /** Inputs the action must carry. */
  needs?: ActionInput[]
}

export const dossierRules: Record<DossierAction, Rule> = {
  receive: { from: ['submitted'], to: 'received', by: 'officer' },
  requestSupplement: { from: ['submitted', 'received', 'processing'], to: 'supplementRequested', by: 'officer', needs: ['missing'] },
  supplement: { from: ['supplementRequested'], to: (stage) => (stage === 'processing' ? 'processing' : 'submitted'), by: 'citizen' },
  refuse: { from: ['submitted', 'supplementRequested', 'received', 'processing'], to: 'refused', by: 'officer', needs: ['reason'] },
  process: { from: ['received'], to: 'processing', by: 'officer' },
  transfer: { from: ['received', 'processing'], to: 'processing', by: 'officer', needs: ['agency', 'reason'] },
  apologize: { from: ['received', 'processing'], to: 'same', by: 'officer', needs: ['reason', 'newDueAt'] },
  approve: { from: ['processing'], to: 'approved', by: 'officer' },
  returnResult: { from: ['approved'], to: 'returned', by: 'officer', needs: ['result'] },
  withdraw: { from: ['submitted', 'supplementRequested'], to: 'withdrawn', by: 'citizen' },
}

/** States a dossier does not leave. */
export const finalStates: readonly DossierState[] = ['returned', 'refused', 'withdrawn']

/** Whether the clock runs (the due date applies) in a state. */
export const clockRuns = (state: DossierState) => state === 'received' || state === 'processing' || state === 'approved'

export type DossierTransition = { ok: true; next: DossierState } | { ok: false; status: 403 | 409 | 400; reason: string; reasonVi: string }

/** Whether an actor may take an action on a dossier in a state, and the state it leads to. */
export function dossierTransition(input: {
  action: DossierAction
  state: DossierState
  actor: DossierActor
  supplementStage?: SupplementStage
  given?: Partial<Record<ActionInput, unknown>>
}): DossierTransition {
  const rule = dossierRules[input.action]
  if (!rule.from.includes(input.state)) {
    return {
      ok: false,
      status: 409,
      reason: `A dossier that is ${input.state} cannot be acted on with "${input.action}"; allowed from: ${rule.from.join(', ')}.`,
      reasonVi: `Hồ sơ đang ở trạng thái "${stateVi[input.state]}" nên không thể ${actionVi[input.action]}.`,
    }
  }
  if (rule.by !== input.actor && input.actor !== 'system') {
    return { ok: false, status: 403, reason: `Only the ${rule.by} can ${input.action} a dossier.`, reasonVi: `Chỉ ${rule.by === 'officer' ? 'cán bộ xử lý' : 'người nộp hồ sơ'} mới được ${actionVi[input.action]}.` }
  }
  const missing = (rule.needs ?? []).filter((field) => {
    const value = input.given?.[field]
    return value === undefined || value === null || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0)
  })
  if (missing.length > 0) {
    return { ok: false, status: 400, reason: `"${input.action}" needs: ${missing.join(', ')}.`, reasonVi: `Thiếu thông tin để ${actionVi[input.action]}: ${missing.map((field) => fieldVi[field]).join(', ')}.` }
  }
  const next = typeof rule.to === 'function' ? rule.to(input.supplementStage ?? 'reception') : rule.to === 'same' ? input.state : rule.to
  return { ok: true, next }
}

export const stateVi: Record<DossierState, string> = {
  submitted: 'Chờ tiếp nhận',
  supplementRequested: 'Yêu cầu bổ sung',
  received: 'Đã tiếp nhận',
  processing: 'Đang giải quyết',
  approved: 'Đã có kết quả',
  returned: 'Đã trả kết quả',
  refused: 'Từ chối',
  withdrawn: 'Đã rút',
}

const actionVi: Record<DossierAction, string> = {
  receive: 'tiếp nhận',
  requestSupplement: 'yêu cầu bổ sung',
  supplement: 'bổ sung hồ sơ',
  refuse: 'từ chối',
  process: 'chuyển xử lý',
  transfer: 'chuyển cơ quan khác',
  apologize: 'xin lỗi và hẹn lại',
  approve: 'duyệt kết quả',
  returnResult: 'trả kết quả',
  withdraw: 'rút hồ sơ',
}

const fieldVi: Record<ActionInput, string> = {
  reason: 'lý do',
  missing: 'giấy tờ, nội dung cần bổ sung',
  agency: 'cơ quan nhận',
  newDueAt: 'ngày hẹn mới',
  result: 'kết quả (tệp hoặc hình thức nhận)',
}
