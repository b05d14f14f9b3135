import { createHmac, timingSafeEqual } from 'node:crypto'
import { keyFor } from '@/lib/staff/secretBox'

/** How long a download link works. */
export const linkLifetimeSeconds = 5 * 60

const signature = (fileId: number, expires: number) => createHmac('sha256', keyFor('private-file-link')).update(`${fileId}.${expires}`).digest('base64url')

/** A short-lived link to a private file, for someone already allowed to read it: /api/files/<id>?expires=…&signature=… */
export function signedFileLink(fileId: number, now: Date = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + linkLifetimeSeconds
  return `/api/files/${fileId}?expires=${expires}&signature=${signature(fileId, expires)}`
}

/** Whether a link's signature is ours and it has not expired. */
export function checkFileLink(fileId: number, expires: unknown, given: unknown, now: Date = new Date()): 'ok' | 'expired' | 'forged' {
  const until = Number(expires)
  if (!Number.isInteger(until) || typeof given !== 'string') return 'forged'
  const expected = Buffer.from(signature(fileId, until))
  const actual = Buffer.from(given)
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return 'forged'
  return until * 1000 < now.getTime() ? 'expired' : 'ok'
}
