import { createHash } from 'node:crypto'
import { fileTypeFromBuffer } from 'file-type'
import type { FileKind } from '@/lib/dossiers/forms/types'
import type { VirusScanner } from './virusScanner'

const mimeOf: Record<FileKind, string> = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' }
const extensionOf: Record<FileKind, string> = { pdf: 'pdf', jpeg: 'jpg', png: 'png' }

export type UploadProblem = 'empty' | 'too_large' | 'wrong_type' | 'infected'

export interface CheckedUpload {
  kind: FileKind
  mime: string
  /** The name to show and to download under: the citizen's, without folders or control characters, with the extension of its real type. */
  name: string
  sha256: string
  size: number
}

/**
 * A file name as the citizen chose it, made harmless: the last part of any path ("../../x",
 * "C:\\x"), no control or reserved characters, at most 100 characters, and the extension of what
 * the file really is.
 */
export function safeFileName(original: string, kind: FileKind): string {
  const base = original.normalize('NFC').split(/[\\/]/).pop() ?? ''
  const stem = base
    .replace(/\.[^.]*$/, '')
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 100)
  return `${stem || 'tep'}.${extensionOf[kind]}`
}

/**
 * Checks an uploaded file: not empty, not larger than allowed, of an accepted type by its content
 * (its first bytes), not by its name; then scanned for viruses.
 */
export async function checkUpload(
  input: { bytes: Uint8Array; name: string; accept: FileKind[]; maxSizeMb: number },
  scanner: VirusScanner,
): Promise<{ ok: true; file: CheckedUpload } | { ok: false; problem: UploadProblem; threat?: string }> {
  const { bytes } = input
  if (bytes.length === 0) return { ok: false, problem: 'empty' }
  if (bytes.length > input.maxSizeMb * 1024 * 1024) return { ok: false, problem: 'too_large' }
  const detected = await fileTypeFromBuffer(bytes)
  const kind = input.accept.find((accepted) => mimeOf[accepted] === detected?.mime)
  if (!kind) return { ok: false, problem: 'wrong_type' }
  const verdict = await scanner.scan(bytes)
  if (!verdict.clean) return { ok: false, problem: 'infected', threat: verdict.threat }
  return {
    ok: true,
    file: { kind, mime: mimeOf[kind], name: safeFileName(input.name, kind), sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length },
  }
}
