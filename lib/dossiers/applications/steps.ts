import type { DossierFormDefinition } from '../forms/types'

/** Where an application is: one of the form's steps (1-based, as in the address), the documents, or the review. */
export type ApplicationStage = { kind: 'step'; index: number } | { kind: 'documents' } | { kind: 'review' }

/** The `buoc` of an application page's address: "1", "2"…, "tai-lieu", "xem-lai". */
export function stageOf(form: DossierFormDefinition, value: unknown): ApplicationStage | null {
  if (value === 'tai-lieu' && form.documents.length) return { kind: 'documents' }
  if (value === 'xem-lai') return { kind: 'review' }
  const index = Number(value)
  return Number.isInteger(index) && index >= 1 && index <= form.steps.length ? { kind: 'step', index } : null
}

/** The `buoc` value of a stage. */
export const stageParam = (stage: ApplicationStage): string => (stage.kind === 'step' ? String(stage.index) : stage.kind === 'documents' ? 'tai-lieu' : 'xem-lai')

/** The stage after this one (the documents only when the form asks for some). */
export function nextStage(form: DossierFormDefinition, stage: ApplicationStage): ApplicationStage {
  if (stage.kind === 'step' && stage.index < form.steps.length) return { kind: 'step', index: stage.index + 1 }
  if (stage.kind === 'step' && form.documents.length) return { kind: 'documents' }
  return { kind: 'review' }
}

/** The stage before this one; null before the first step. */
export function previousStage(form: DossierFormDefinition, stage: ApplicationStage): ApplicationStage | null {
  if (stage.kind === 'review') return form.documents.length ? { kind: 'documents' } : { kind: 'step', index: form.steps.length }
  if (stage.kind === 'documents') return { kind: 'step', index: form.steps.length }
  return stage.index > 1 ? { kind: 'step', index: stage.index - 1 } : null
}
