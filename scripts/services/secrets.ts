import { randomBytes } from 'node:crypto'
import { chmod, readFile, writeFile } from 'node:fs/promises'

/** Returns the secret stored in `file`, creating a random one (mode 0600) on first use. */
export async function readOrCreateSecret(file: string): Promise<string> {
  // base64url keeps the secret safe inside URLs and command lines.
  const fresh = randomBytes(24).toString('base64url')
  try {
    await writeFile(file, `${fresh}\n`, { flag: 'wx', mode: 0o600 })
    return fresh
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  await chmod(file, 0o600)
  const stored = (await readFile(file, 'utf8')).trim()
  if (!stored) throw new Error(`The secret file ${file} is empty; restore it from a backup.`)
  return stored
}
