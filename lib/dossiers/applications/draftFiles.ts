import type { Payload } from 'payload'
import { checkUpload, type UploadProblem } from '@/lib/files/checkUpload'
import type { PrivateStorage } from '@/lib/files/privateStorage'
import type { VirusScanner } from '@/lib/files/virusScanner'
import type { DossierFile } from '@/payload-types'
import type { FormDocument } from '../forms/types'
import type { Draft } from './drafts'

/** How many files one document of a form may have (the pages of a paper, say). */
export const filesPerDocument = 5

export interface FileDeps {
  storage: PrivateStorage
  scanner: VirusScanner
}

export type AttachResult = { ok: true; file: DossierFile } | { ok: false; problem: UploadProblem | 'too_many' }

/** The files uploaded so far for a draft, oldest first. */
export async function filesOfDraft(payload: Payload, draftId: number): Promise<DossierFile[]> {
  const { docs } = await payload.find({ collection: 'dossierFiles', where: { draft: { equals: draftId } }, sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })
  return docs
}

/**
 * Checks an uploaded file (type by content, size, antivirus), keeps it in private storage and
 * records it against the draft's document. A record that cannot be written takes its stored
 * bytes with it, so nothing is left in storage that no row names.
 */
export async function attachFile(
  payload: Payload,
  deps: FileDeps,
  input: { draft: Draft; citizenId: number; document: FormDocument; name: string; bytes: Uint8Array },
): Promise<AttachResult> {
  const already = (await filesOfDraft(payload, input.draft.id)).filter((file) => file.documentKey === input.document.key)
  if (already.length >= filesPerDocument) return { ok: false, problem: 'too_many' }
  const checked = await checkUpload({ bytes: input.bytes, name: input.name, accept: input.document.accept, maxSizeMb: input.document.maxSizeMb }, deps.scanner)
  if (!checked.ok) {
    if (checked.problem === 'infected') payload.logger.warn(`Upload refused by the antivirus (${checked.threat}) for draft ${input.draft.id}`)
    return checked
  }
  const storageKey = await deps.storage.put(input.bytes)
  try {
    const file = await payload.create({
      collection: 'dossierFiles',
      data: { draft: input.draft.id, applicant: input.citizenId, purpose: 'document', documentKey: input.document.key, name: checked.file.name, mime: checked.file.mime, size: checked.file.size, sha256: checked.file.sha256, storageKey },
      overrideAccess: true,
      depth: 0,
    })
    return { ok: true, file }
  } catch (error) {
    await deps.storage.remove(storageKey)
    throw error
  }
}

/** Removes one of the draft's files (row first, then its bytes: a failure leaves no row without bytes). */
export async function removeDraftFile(payload: Payload, deps: FileDeps, draft: Draft, fileId: number): Promise<boolean> {
  const file = (await filesOfDraft(payload, draft.id)).find((candidate) => candidate.id === fileId)
  if (!file) return false
  await payload.delete({ collection: 'dossierFiles', id: file.id, overrideAccess: true })
  await deps.storage.remove(file.storageKey)
  return true
}
