import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runNext } from './runNext'
import { sourceFingerprint } from './sourceFingerprint'

/** The folder `next build` writes to: `.next`, or NEXT_DIST_DIR (see next.config.ts). */
export const nextDistDir = () => process.env.NEXT_DIST_DIR || '.next'

/** The file that records which sources the build in `nextDistDir()` was made from. */
export const buildStampFile = () => path.join(nextDistDir(), 'portal-source-hash')

/**
 * Builds the production app unless the last build was made from the same sources. Static
 * pages read the database at build time, so the services must be up and migrated first.
 */
export async function buildIfChanged(log: (line: string) => void): Promise<void> {
  const fingerprint = await sourceFingerprint()
  const previous = await readFile(buildStampFile(), 'utf8').catch(() => '')
  if (previous === fingerprint && existsSync(path.join(nextDistDir(), 'BUILD_ID'))) {
    log('The production build is up to date')
    return
  }
  log('Building the portal (next build, about 1–2 minutes on the first start)…')
  const started = Date.now()
  // A stale build folder from another version breaks type checking of moved routes (STACK.md).
  await rm(nextDistDir(), { recursive: true, force: true })
  await runNext(['build'], '[build]')
  await writeFile(buildStampFile(), fingerprint)
  log(`Build done (${((Date.now() - started) / 1000).toFixed(0)} s)`)
}
