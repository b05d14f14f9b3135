import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Where dossier files and results are kept: never under the public media path, never named by
 * the citizen (keys are random). Local disk under DATA_DIR/private-files here; an S3-compatible
 * bucket in production behind the same interface.
 */
export interface PrivateStorage {
  put(bytes: Uint8Array): Promise<string>
  get(key: string): Promise<Uint8Array | null>
  remove(key: string): Promise<void>
}

const keyShape = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/

/** Files on local disk, two levels of folders by the key's first characters. */
export function localPrivateStorage(root = path.resolve(process.env.DATA_DIR ?? '.data', 'private-files')): PrivateStorage {
  const fileOf = (key: string) => {
    if (!keyShape.test(key)) throw new Error(`Not a storage key: ${key}`)
    return path.join(root, key)
  }
  return {
    async put(bytes) {
      const id = randomUUID()
      const key = `${id.slice(0, 2)}/${id}`
      await mkdir(path.dirname(fileOf(key)), { recursive: true, mode: 0o700 })
      await writeFile(fileOf(key), bytes, { mode: 0o600, flag: 'wx' })
      return key
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(fileOf(key)))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async remove(key) {
      await rm(fileOf(key), { force: true })
    },
  }
}
