import { mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { localPrivateStorage } from './privateStorage'
import { checkFileLink, signedFileLink } from './signedLink'

process.env.PAYLOAD_SECRET ||= 'unit-test-secret'
const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

describe('private file storage', () => {
  it('keeps files under random keys, readable by this process only, and removes them', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'private-'))
    dirs.push(root)
    const storage = localPrivateStorage(root)
    const key = await storage.put(new TextEncoder().encode('%PDF-1.7'))
    expect(key).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/)
    expect((await stat(path.join(root, key))).mode & 0o777).toBe(0o600)
    expect(new TextDecoder().decode((await storage.get(key))!)).toBe('%PDF-1.7')
    await storage.remove(key)
    expect(await storage.get(key)).toBeNull()
    await expect(storage.get('../../etc/passwd')).rejects.toThrow(/Not a storage key/)
  })
})

describe('signed download links', () => {
  const now = new Date('2026-11-24T03:00:00Z')
  const parts = (link: string) => Object.fromEntries(new URL(link, 'http://x').searchParams)

  it('work for five minutes for the file they were made for', () => {
    const { expires, signature } = parts(signedFileLink(42, now))
    expect(checkFileLink(42, expires, signature, now)).toBe('ok')
    expect(checkFileLink(42, expires, signature, new Date(now.getTime() + 299_000))).toBe('ok')
    expect(checkFileLink(42, expires, signature, new Date(now.getTime() + 301_000))).toBe('expired')
  })

  it('are refused for another file, a later expiry or a changed signature', () => {
    const { expires, signature } = parts(signedFileLink(42, now))
    expect(checkFileLink(43, expires, signature, now)).toBe('forged')
    expect(checkFileLink(42, String(Number(expires) + 3600), signature, now)).toBe('forged')
    const changed = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`
    expect(checkFileLink(42, expires, changed, now)).toBe('forged')
    expect(checkFileLink(42, 'soon', signature, now)).toBe('forged')
  })
})
