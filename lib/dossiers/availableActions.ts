import { type DossierAction, type DossierActor, dossierActions, dossierRules, type DossierState } from './dossierWorkflow'

/** What an action may need besides the actor, as the state machine names it (reason, missing, agency, newDueAt, result). */
export type ActionInput = NonNullable<(typeof dossierRules)[DossierAction]['needs']>[number]

/** The actions officers take (the others are the citizen's). */
export const officerActions = dossierActions.filter((action) => dossierRules[action].by === 'officer')

/** How a result is handed over: an electronic copy in the citizen's account (an uploaded file), in person, or by post — as the forms' `resultDelivery` options. */
export const resultDeliveries = ['online', 'inPerson', 'post'] as const
export type ResultDelivery = (typeof resultDeliveries)[number]

/** What a returned result may be: a PDF or a picture of the signed paper, up to 20 MB (checked by the endpoint, told by the panel). */
export const resultFile = { accept: ['pdf', 'jpeg', 'png'] as const, maxSizeMb: 20 }

/** The actions an actor may take on a dossier in a state, read from the state machine's table. */
export function availableActions(state: DossierState, actor: DossierActor = 'officer'): DossierAction[] {
  return dossierActions.filter((action) => dossierRules[action].by === actor && dossierRules[action].from.includes(state))
}

/** The inputs an action must carry. */
export const inputsOf = (action: DossierAction): ActionInput[] => [...(dossierRules[action].needs ?? [])]

/** Actions that end a dossier against the citizen: the panel asks for confirmation first. */
export const destructiveActions: readonly DossierAction[] = ['refuse']
