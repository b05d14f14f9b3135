import { describe, expect, it } from 'vitest'
import { type DossierAction, dossierActions, type DossierActor, dossierRules, type DossierState, dossierStates, dossierTransition, finalStates } from './dossierWorkflow'

/** Everything an action needs, so that only the state and the actor decide. */
const complete = { reason: 'Lý do', missing: ['Tờ khai'], agency: 12, newDueAt: '2026-12-01', result: 'file' }
const actorOf = (action: DossierAction): DossierActor => dossierRules[action].by

/** The expected outcome of every action in every state, written out: what the officers' manual says. */
const allowed: Record<DossierState, Partial<Record<DossierAction, DossierState>>> = {
  submitted: { receive: 'received', requestSupplement: 'supplementRequested', refuse: 'refused', withdraw: 'withdrawn' },
  supplementRequested: { supplement: 'submitted', refuse: 'refused', withdraw: 'withdrawn' },
  received: { requestSupplement: 'supplementRequested', refuse: 'refused', process: 'processing', transfer: 'processing', apologize: 'received' },
  processing: { requestSupplement: 'supplementRequested', refuse: 'refused', transfer: 'processing', apologize: 'processing', approve: 'approved' },
  approved: { returnResult: 'returned' },
  returned: {},
  refused: {},
  withdrawn: {},
}

describe('the dossier state machine', () => {
  for (const state of dossierStates) {
    for (const action of dossierActions) {
      const expected = allowed[state][action]
      it(`${expected ? 'allows' : 'refuses'} ${action} on a ${state} dossier${expected ? ` (→ ${expected})` : ''}`, () => {
        const result = dossierTransition({ action, state, actor: actorOf(action), given: complete })
        if (expected) expect(result).toEqual({ ok: true, next: expected })
        else expect(result).toMatchObject({ ok: false, status: 409 })
      })
    }
  }

  it('leaves no way out of a final state', () => {
    for (const state of finalStates) expect(Object.keys(allowed[state])).toEqual([])
  })

  it('sends a supplemented dossier back to where the supplement was asked', () => {
    expect(dossierTransition({ action: 'supplement', state: 'supplementRequested', actor: 'citizen', supplementStage: 'reception' })).toEqual({ ok: true, next: 'submitted' })
    expect(dossierTransition({ action: 'supplement', state: 'supplementRequested', actor: 'citizen', supplementStage: 'processing' })).toEqual({ ok: true, next: 'processing' })
  })

  it('lets only officers act for the agency, and only the citizen supplement or withdraw', () => {
    expect(dossierTransition({ action: 'receive', state: 'submitted', actor: 'citizen' })).toMatchObject({ ok: false, status: 403 })
    expect(dossierTransition({ action: 'supplement', state: 'supplementRequested', actor: 'officer' })).toMatchObject({ ok: false, status: 403 })
    expect(dossierTransition({ action: 'withdraw', state: 'submitted', actor: 'officer' })).toMatchObject({ ok: false, status: 403 })
  })

  it.each([
    ['refuse', 'processing', 'reason', 'lý do'],
    ['requestSupplement', 'received', 'missing', 'giấy tờ, nội dung cần bổ sung'],
    ['transfer', 'processing', 'agency', 'cơ quan nhận'],
    ['apologize', 'processing', 'newDueAt', 'ngày hẹn mới'],
    ['returnResult', 'approved', 'result', 'kết quả'],
  ] as const)('refuses %s without its %s', (action, state, field, vi) => {
    const given = { ...complete, [field]: field === 'missing' ? [] : '  ' }
    const result = dossierTransition({ action, state, actor: 'officer', given })
    expect(result).toMatchObject({ ok: false, status: 400 })
    expect(!result.ok && result.reasonVi).toContain(vi)
  })
})
