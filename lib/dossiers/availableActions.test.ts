import { describe, expect, it } from 'vitest'
import { availableActions, inputsOf, officerActions } from './availableActions'
import { dossierStates, dossierTransition } from './dossierWorkflow'

/** Everything an action may need, so that only the state decides. */
const complete = { reason: 'Lý do', missing: ['Tờ khai'], agency: 12, newDueAt: '2026-12-01', result: 'online' }

describe('the actions offered to an officer', () => {
  it('are exactly those the state machine accepts from an officer, in every state', () => {
    for (const state of dossierStates) {
      const accepted = officerActions.filter((action) => dossierTransition({ action, state, actor: 'officer', given: complete }).ok)
      expect(availableActions(state)).toEqual(accepted)
    }
  })

  it('are receive, supplement request and refusal for a dossier awaiting receipt, and nothing once it is closed', () => {
    expect(availableActions('submitted')).toEqual(['receive', 'requestSupplement', 'refuse'])
    expect(availableActions('returned')).toEqual([])
    expect(availableActions('refused')).toEqual([])
  })

  it('never include the citizen’s supplement or withdrawal', () => {
    expect(officerActions).not.toContain('supplement')
    expect(officerActions).not.toContain('withdraw')
  })

  it('name the inputs each action needs', () => {
    expect(inputsOf('transfer')).toEqual(['agency', 'reason'])
    expect(inputsOf('receive')).toEqual([])
  })
})
