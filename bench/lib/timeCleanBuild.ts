import { once } from 'node:events'
import { rm, writeFile } from 'node:fs/promises'
import { buildStampFile, nextDistDir } from '../../scripts/portal/buildIfChanged'
import { spawnNext } from '../../scripts/portal/runNext'
import { sourceFingerprint } from '../../scripts/portal/sourceFingerprint'
import { sampleProcessTreeMemory } from './processTreeMemory'

export interface BuildFigures {
  wallMs: number
  /** Highest sum of RSS over `next build` and its workers (sampled every 250 ms). */
  peakBytes: number
  peakProcesses: number
}

/**
 * Deletes the build folder and runs `next build` from scratch, timing it and sampling the
 * memory of its process tree. Records the sources it built, so that the other benchmarks reuse it.
 */
export async function timeCleanBuild(log: (line: string) => void): Promise<BuildFigures> {
  const fingerprint = await sourceFingerprint()
  await rm(nextDistDir(), { recursive: true, force: true })
  log(`Clean build into ${nextDistDir()} (PRERENDER_PROCEDURES=${process.env.PRERENDER_PROCEDURES ?? '50 (default)'})…`)
  const started = performance.now()
  const build = spawnNext(['build'], '[build]')
  const sampler = sampleProcessTreeMemory(build.pid ?? 0)
  const [code, signal] = (await once(build, 'exit')) as [number | null, NodeJS.Signals | null]
  const wallMs = performance.now() - started
  const { peakBytes, peakProcesses } = sampler.stop()
  if (code !== 0) throw new Error(`next build failed (${signal ?? `exit code ${code}`})`)
  await writeFile(buildStampFile(), fingerprint)
  return { wallMs, peakBytes, peakProcesses }
}
