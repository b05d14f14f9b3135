import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

/** Reads one of the gzipped JSON data files shipped in `data/`. */
export async function readGzipJson<T>(file: string, dir = 'data'): Promise<T> {
  const buffer = await readFile(path.resolve(dir, file))
  return JSON.parse(gunzipSync(buffer).toString('utf8')) as T
}
