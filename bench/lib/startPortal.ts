/**
 * A production portal for the benchmarks: the same path as `npm start` (embedded services,
 * migrations, import of the national data when the database is empty, build when the sources
 * changed, `next start`) on its own data folder, ports and build folder, so that it runs beside
 * a developer's `npm start` and the tests.
 */
import type { ChildProcess } from 'node:child_process'
import { setTimeout as delay } from 'node:timers/promises'
import { installShutdownHandlers, startServices } from '../../scripts/services'
import { assertPortFree } from '../../scripts/services/ports'
import { buildIfChanged } from '../../scripts/portal/buildIfChanged'
import { applyPortalEnv } from '../../scripts/portal/portalEnv'
import { preparePortal } from '../../scripts/portal/preparePortal'
import { spawnNext } from '../../scripts/portal/runNext'
import { stopChild } from './stopChild'

export interface BenchPortal {
  /** Origin of the running portal, e.g. http://localhost:3300. */
  url: string
  /** Build folder the portal serves (`.next-bench`). */
  distDir: string
  /** Registers work to do before the portal stops, also on Ctrl-C (e.g. stop a helper server). */
  onStop(task: () => Promise<void>): void
  /** Stops whatever was registered, `next start` and the services; safe to call twice. */
  stop(): Promise<void>
}

export interface StartPortalOptions {
  /** Replaces `buildIfChanged` (bench:build times its own clean build). */
  build?: (log: (line: string) => void) => Promise<void>
  log?: (line: string) => void
}

/** Sets the benchmark portal's folders and ports, unless the caller overrides them. */
export function applyBenchEnv(): { port: number; distDir: string } {
  const env = process.env
  env.DATA_DIR = env.BENCH_SITE_DATA_DIR ?? '.data/bench-site'
  env.PG_PORT = env.BENCH_SITE_PG_PORT ?? '54369'
  env.MEILI_PORT = env.BENCH_SITE_MEILI_PORT ?? '7759'
  env.PORT = env.BENCH_SITE_PORT ?? '3300'
  env.NEXT_DIST_DIR = '.next-bench'
  return { port: Number(env.PORT), distDir: env.NEXT_DIST_DIR }
}

/** Starts the benchmark portal and waits until /api/health answers. */
export async function startBenchPortal(options: StartPortalOptions = {}): Promise<BenchPortal> {
  const log = options.log ?? ((line: string) => console.log(`[bench] ${line}`))
  const { port, distDir } = applyBenchEnv()
  const url = `http://localhost:${port}`
  const services = await startServices()
  const tasks: Array<() => Promise<void>> = []
  const runTasks = async () => {
    for (const task of tasks.splice(0).reverse()) await task().catch((error) => log(`Error while stopping: ${String(error)}`))
  }
  const uninstall = installShutdownHandlers(services, runTasks)
  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= (async () => {
      await runTasks()
      await services.stop()
      uninstall()
    })())
  try {
    await applyPortalEnv(services)
    await preparePortal(log)
    await (options.build ?? buildIfChanged)(log)
    await assertPortFree(port, 'the benchmark portal', 'BENCH_SITE_PORT')
    const next = spawnNext(['start', '-p', String(port)], '[next]')
    tasks.push(() => stopChild(next))
    await waitForHealth(url, next)
    log(`Portal ready at ${url} (build in ${distDir})`)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, distDir, onStop: (task) => void tasks.push(task), stop }
}

async function waitForHealth(url: string, next: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (next.exitCode !== null) throw new Error(`next start exited (code ${next.exitCode}) before it was ready`)
    const response = await fetch(`${url}/api/health`).catch(() => undefined)
    if (response?.ok) return
    await delay(250)
  }
  throw new Error(`${url}/api/health did not answer within ${timeoutMs / 1000} s`)
}
