import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

const roots = ['app', 'collections', 'components', 'lib', 'i18n', 'messages', 'fields', 'access', 'globals', 'public', 'payload-types.ts']
const rootFiles = ['next.config.ts', 'payload.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json', 'proxy.ts']

/** A hash of every file that goes into the Next.js build, to skip rebuilding when nothing changed. */
export async function sourceFingerprint(cwd = process.cwd()): Promise<string> {
  const files: string[] = [...rootFiles]
  for (const root of roots) files.push(...(await listFiles(cwd, root)))
  const hash = createHash('sha256')
  for (const file of files.sort()) {
    const content = await readFile(path.join(cwd, file)).catch(() => null)
    hash.update(file).update('\0').update(content ?? 'missing').update('\0')
  }
  return hash.digest('hex')
}

async function listFiles(cwd: string, relative: string): Promise<string[]> {
  const entries = await readdir(path.join(cwd, relative), { withFileTypes: true }).catch(() => null)
  if (!entries) return [relative]
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith('.') && !e.name.endsWith('.test.ts'))
      .map((e) => (e.isDirectory() ? listFiles(cwd, path.join(relative, e.name)) : [path.join(relative, e.name)])),
  )
  return nested.flat()
}
