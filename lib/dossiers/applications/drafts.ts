import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { DossierDraft } from '@/payload-types'
import type { DossierFormDefinition } from '../forms/types'

/** What a citizen typed, field by field (addresses as `<name>.province`, `<name>.commune`, `<name>.street`). */
export type RawAnswers = Record<string, string>

export interface Draft {
  id: number
  procedureId: number
  answers: RawAnswers
  completedSteps: string[]
  submissionKey: string
  updatedAt: string
}

const newSubmissionKey = () => randomBytes(18).toString('base64url')

const toDraft = (doc: DossierDraft): Draft => ({
  id: doc.id,
  procedureId: typeof doc.procedure === 'number' ? doc.procedure : doc.procedure.id,
  answers: (doc.answers ?? {}) as RawAnswers,
  completedSteps: Array.isArray(doc.completedSteps) ? (doc.completedSteps as string[]) : [],
  submissionKey: doc.submissionKey,
  updatedAt: doc.updatedAt,
})

/** The citizen's draft application for a procedure, if they started one. */
export async function findDraft(payload: Payload, citizenId: number, procedureId: number): Promise<Draft | null> {
  const { docs } = await payload.find({
    collection: 'dossierDrafts',
    where: { and: [{ applicant: { equals: citizenId } }, { procedure: { equals: procedureId } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ? toDraft(docs[0]) : null
}

/**
 * The draft to go on with: the existing one, or a new one with `prefilled` answers. Two tabs
 * starting at once meet the unique (applicant, procedure) index and both get the same draft.
 */
export async function openDraft(payload: Payload, citizenId: number, procedureId: number, prefilled: RawAnswers): Promise<Draft> {
  const existing = await findDraft(payload, citizenId, procedureId)
  if (existing) return existing
  try {
    const doc = await payload.create({
      collection: 'dossierDrafts',
      data: { applicant: citizenId, procedure: procedureId, answers: prefilled, completedSteps: [], submissionKey: newSubmissionKey() },
      overrideAccess: true,
      depth: 0,
    })
    return toDraft(doc)
  } catch (error) {
    const raced = await findDraft(payload, citizenId, procedureId)
    if (raced) return raced
    throw error
  }
}

/**
 * Keeps what was typed in one step (even when refused: nothing typed is lost) and whether the step
 * passed the checks. Answers of the other steps are left as they were.
 */
export async function saveStep(payload: Payload, draft: Draft, form: DossierFormDefinition, stepKey: string, raw: RawAnswers, passed: boolean): Promise<Draft> {
  const step = form.steps.find((candidate) => candidate.key === stepKey)
  if (!step) return draft
  const answers = { ...draft.answers }
  for (const field of step.fields) {
    const names = field.type === 'address' ? ['province', 'commune', 'street'].map((part) => `${field.name}.${part}`) : [field.name]
    for (const name of names) answers[name] = (raw[name] ?? '').slice(0, 5_000)
  }
  const completed = new Set(draft.completedSteps)
  if (passed) completed.add(stepKey)
  else completed.delete(stepKey)
  const doc = await payload.update({
    collection: 'dossierDrafts',
    id: draft.id,
    data: { answers, completedSteps: form.steps.map((s) => s.key).filter((key) => completed.has(key)) },
    overrideAccess: true,
    depth: 0,
  })
  return toDraft(doc)
}
