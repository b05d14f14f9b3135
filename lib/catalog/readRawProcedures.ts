import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { RawProcedure, RawProcedureFile } from './rawTypes'

const PARTS = ['procedures_part1.json.gz', 'procedures_part2.json.gz']

/** Reads and gunzips both crawled procedure files from `dir`, in file order. */
export async function readRawProcedures(dir = 'data'): Promise<RawProcedure[]> {
  const parts = await Promise.allSettled(
    PARTS.map(async (name) => {
      const buffer = await readFile(path.join(dir, name)).catch((error: NodeJS.ErrnoException) => {
        throw new Error(`${name}: cannot read ${path.join(dir, name)} (${error.code ?? error.message})`)
      })
      const file = JSON.parse(gunzipSync(buffer).toString('utf8')) as RawProcedureFile
      if (!Array.isArray(file.procedures)) throw new Error(`${name}: no procedures array`)
      return file.procedures
    }),
  )
  // The first part's problem first, whichever read failed sooner.
  const failed = parts.find((part) => part.status === 'rejected')
  if (failed) throw failed.reason
  return parts.flatMap((part) => (part.status === 'fulfilled' ? part.value : []))
}
