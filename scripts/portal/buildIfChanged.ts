import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { runNext } from './runNext'
import { sourceFingerprint } from './sourceFingerprint'

const stampFile = '.next/portal-source-hash'

/**
 * Builds the production app unless the last build was made from the same sources. Static
 * pages read the database at build time, so the services must be up and migrated first.
 */
export async function buildIfChanged(log: (line: string) => void): Promise<void> {
  const fingerprint = await sourceFingerprint()
  const previous = await readFile(stampFile, 'utf8').catch(() => '')
  if (previous === fingerprint && existsSync('.next/BUILD_ID')) {
    log('The production build is up to date')
    return
  }
  log('Building the portal (next build, about 1–2 minutes on the first start)…')
  const started = Date.now()
  // A stale .next from another version breaks type checking of moved routes (STACK.md).
  await rm('.next', { recursive: true, force: true })
  await runNext(['build'], '[build]')
  await writeFile(stampFile, fingerprint)
  log(`Build done (${((Date.now() - started) / 1000).toFixed(0)} s)`)
}
