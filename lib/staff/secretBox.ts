import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

/*
 * Secrets kept in the database encrypted (AES-256-GCM), such as staff two-factor secrets: a copy
 * of the database alone does not give them away. The key is derived from PAYLOAD_SECRET (HKDF,
 * one key per purpose); changing PAYLOAD_SECRET makes them unreadable, as it already does sign-in
 * tokens, so two-factor authentication must then be set up again (or reset by an administrator).
 */

const version = 'v1'

/** A 256-bit key for one purpose, derived from PAYLOAD_SECRET. */
export function keyFor(purpose: string, secret = process.env.PAYLOAD_SECRET): Buffer {
  if (!secret) throw new Error('PAYLOAD_SECRET is not set; it is needed to encrypt and read stored secrets.')
  return Buffer.from(hkdfSync('sha256', secret, 'cong-dich-vu-cong', purpose, 32))
}

/** Encrypts a secret for storage: "v1:<iv>:<tag>:<ciphertext>" (base64url). */
export function seal(plain: string, purpose: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(purpose), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [version, iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join(':')
}

/** The stored secret in clear; null when it is missing or cannot be read (tampered with, or another key). */
export function unseal(stored: string | null | undefined, purpose: string): string | null {
  if (!stored) return null
  const [tag, iv, authTag, body] = stored.split(':')
  if (tag !== version || !iv || !authTag || body === undefined) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(purpose), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(authTag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
