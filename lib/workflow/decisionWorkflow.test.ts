import { describe, expect, it } from 'vitest'
import type { Role } from '@/lib/staff/roles'
import { type DecisionAction, type DecisionState, decisionActions, decisionStates, transition, vietnamDay } from './decisionWorkflow'

const now = new Date('2026-11-23T03:00:00Z') // 10:00 in Hà Nội
const editor = { id: 1, role: 'editor' as const, inScope: true }
const reviewer = { id: 2, role: 'reviewer' as const, inScope: true }

/** Every allowed transition: state → action → next state. Everything else is refused. */
const allowed: Partial<Record<DecisionState, Partial<Record<DecisionAction, DecisionState>>>> = {
  draft: { submit: 'submitted' },
  returned: { submit: 'submitted' },
  submitted: { withdraw: 'draft', return: 'returned', approve: 'approved' },
  approved: { publish: 'published' },
}
/** Who may take each action (besides administrators, who may take all). */
const actorFor: Record<DecisionAction, Role | 'system'> = { submit: 'editor', withdraw: 'editor', return: 'reviewer', approve: 'reviewer', publish: 'reviewer' }

describe('the publication decision state machine', () => {
  for (const state of decisionStates) {
    for (const action of decisionActions) {
      const expected = allowed[state]?.[action]
      it(`${state} --${action}--> ${expected ?? 'refused'}`, () => {
        const actor = { id: action === 'withdraw' ? 1 : 2, role: actorFor[action], inScope: true }
        const result = transition({ action, actor, decision: { state, submittedBy: 1 }, comment: 'Thiếu thủ tục 1.000894', now })
        if (expected) expect(result).toEqual({ ok: true, next: expected })
        else expect(result).toMatchObject({ ok: false, status: 409, reason: expect.stringContaining(`cannot be`) })
      })
    }
  }

  const roles: (Role | 'system')[] = ['admin', 'agencyAdmin', 'editor', 'reviewer', 'officer', 'system']
  const mayAct: Record<DecisionAction, (Role | 'system')[]> = {
    submit: ['admin', 'editor'],
    withdraw: ['admin', 'editor'],
    return: ['admin', 'reviewer'],
    approve: ['admin', 'reviewer'],
    publish: ['admin', 'reviewer', 'system'],
  }
  for (const action of decisionActions) {
    const from = (Object.keys(allowed) as DecisionState[]).find((state) => allowed[state]?.[action])!
    for (const role of roles) {
      it(`${role} ${mayAct[action].includes(role) ? 'may' : 'may not'} ${action}`, () => {
        const actorId = action === 'withdraw' ? 1 : 3
        const result = transition({ action, actor: { id: actorId, role, inScope: true }, decision: { state: from, submittedBy: 1 }, comment: 'x', now })
        expect(result.ok).toBe(mayAct[action].includes(role))
      })
    }
  }

  it('keeps four eyes: whoever submitted cannot approve or return, administrators included', () => {
    for (const role of ['reviewer', 'admin'] as const) {
      for (const action of ['approve', 'return'] as const) {
        const result = transition({ action, actor: { id: 1, role, inScope: true }, decision: { state: 'submitted', submittedBy: 1 }, comment: 'x', now })
        expect(result).toEqual({
          ok: false,
          status: 403,
          reason: 'The person who submitted a decision cannot also check it (four eyes).',
          reasonVi: 'Người đã trình quyết định không được tự kiểm duyệt (nguyên tắc bốn mắt).',
        })
      }
    }
  })

  it('refuses actors outside the agency tree', () => {
    const result = transition({ action: 'approve', actor: { ...reviewer, inScope: false }, decision: { state: 'submitted', submittedBy: 1 }, now })
    expect(result).toEqual({ ok: false, status: 403, reason: 'The decision belongs to an agency outside your agency tree.', reasonVi: 'Quyết định thuộc cơ quan ngoài phạm vi của tài khoản.' })
  })

  it('lets only the submitter (or an administrator) withdraw', () => {
    expect(transition({ action: 'withdraw', actor: { id: 9, role: 'editor', inScope: true }, decision: { state: 'submitted', submittedBy: 1 }, now }).ok).toBe(false)
    expect(transition({ action: 'withdraw', actor: editor, decision: { state: 'submitted', submittedBy: 1 }, now }).ok).toBe(true)
    expect(transition({ action: 'withdraw', actor: { id: 9, role: 'admin', inScope: true }, decision: { state: 'submitted', submittedBy: 1 }, now }).ok).toBe(true)
  })

  it('asks for a comment when returning', () => {
    expect(transition({ action: 'return', actor: reviewer, decision: { state: 'submitted', submittedBy: 1 }, comment: '  ', now })).toEqual({
      ok: false,
      status: 400,
      reason: 'Say what must be corrected when returning a decision.',
      reasonVi: 'Khi trả lại, hãy ghi rõ nội dung cần sửa.',
    })
  })

  it('publishes on or after the effective day in Vietnam, not before', () => {
    const approved = (effectiveDate: string) => ({ state: 'approved' as const, submittedBy: 1, effectiveDate })
    expect(transition({ action: 'publish', actor: reviewer, decision: approved('2026-11-23T00:00:00.000Z'), now }).ok).toBe(true)
    expect(transition({ action: 'publish', actor: reviewer, decision: approved('2026-11-22T17:00:00.000Z'), now }).ok).toBe(true) // midnight 23 Nov in Hà Nội
    expect(transition({ action: 'publish', actor: reviewer, decision: approved('2026-11-24T00:00:00.000Z'), now })).toEqual({
      ok: false,
      status: 409,
      reason: 'The decision takes effect on 2026-11-24; it will be published that day.',
      reasonVi: 'Quyết định có hiệu lực từ ngày 24/11/2026; sẽ được công bố tự động vào ngày đó.',
    })
    // 23:30 on 23 Nov UTC is already 24 Nov in Hà Nội.
    expect(transition({ action: 'publish', actor: { id: 0, role: 'system', inScope: false }, decision: approved('2026-11-24T00:00:00.000Z'), now: new Date('2026-11-23T17:30:00Z') }).ok).toBe(true)
  })

  it('reads the calendar day in Vietnam (UTC+7)', () => {
    expect(vietnamDay(new Date('2026-11-23T16:59:59Z'))).toBe('2026-11-23')
    expect(vietnamDay(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24')
  })
})

describe('refusals in Vietnamese for the admin', () => {
  it('say the same in Vietnamese, dates as Vietnamese write them', () => {
    const now = new Date('2026-11-23T03:00:00Z')
    const early = transition({ action: 'publish', actor: { id: 2, role: 'reviewer', inScope: true }, decision: { state: 'approved', submittedBy: 1, effectiveDate: '2026-12-01T00:00:00Z' }, now })
    expect(early).toMatchObject({ ok: false, reasonVi: 'Quyết định có hiệu lực từ ngày 01/12/2026; sẽ được công bố tự động vào ngày đó.' })
    const wrongState = transition({ action: 'approve', actor: { id: 2, role: 'reviewer', inScope: true }, decision: { state: 'draft' }, now })
    expect(wrongState).toMatchObject({ ok: false, reasonVi: 'Quyết định đang ở trạng thái "bản nháp" nên không thể duyệt.' })
  })
})
