import { checkUpload, type UploadProblem } from '@/lib/files/checkUpload'
import type { FileKind } from './forms/types'
import type { FileDeps } from './applications/draftFiles'
import type { StoredDocument } from './submitDossier'

export interface Upload {
  documentKey: string
  name: string
  bytes: Uint8Array
  accept: FileKind[]
  maxSizeMb: number
}

export type StoredUploads = { ok: true; stored: StoredDocument[] } | { ok: false; problem: UploadProblem; name: string; documentKey: string }

/**
 * Checks every upload of a request, then keeps them in private storage. A refused file refuses
 * the lot, and what was already stored is removed.
 */
export async function storeUploads(deps: FileDeps, uploads: Upload[]): Promise<StoredUploads> {
  const checked = []
  for (const upload of uploads) {
    const verdict = await checkUpload(upload, deps.scanner)
    if (!verdict.ok) return { ok: false, problem: verdict.problem, name: upload.name, documentKey: upload.documentKey }
    checked.push({ upload, file: verdict.file })
  }
  const stored: StoredDocument[] = []
  try {
    for (const { upload, file } of checked) {
      stored.push({ documentKey: upload.documentKey, name: file.name, mime: file.mime, size: file.size, sha256: file.sha256, storageKey: await deps.storage.put(upload.bytes) })
    }
    return { ok: true, stored }
  } catch (error) {
    await discardStored(deps, stored)
    throw error
  }
}

/** Removes stored files that no row will name: the transaction that was to record them failed or was not needed. */
export async function discardStored(deps: Pick<FileDeps, 'storage'>, stored: StoredDocument[]): Promise<void> {
  await Promise.all(stored.map((file) => deps.storage.remove(file.storageKey)))
}

/**
 * Runs the transaction that records stored files; unless it says they were recorded (`kept`),
 * or when it throws, the files are removed again, so storage holds nothing that no row names.
 */
export async function recordingStored<T>(deps: Pick<FileDeps, 'storage'>, stored: StoredDocument[], record: () => Promise<T>, kept: (result: T) => boolean): Promise<T> {
  let result: T
  try {
    result = await record()
  } catch (error) {
    await discardStored(deps, stored)
    throw error
  }
  if (!kept(result)) await discardStored(deps, stored)
  return result
}
