/**
 * `npm start`: starts the embedded services (or uses DATABASE_URL / MEILI_URL), applies
 * migrations, imports the national data on the first start, builds when the sources changed,
 * and serves the portal on PORT (default 3000). `--dev` runs `next dev` instead.
 */
import type { ChildProcess } from 'node:child_process'
import { installShutdownHandlers, startServices } from './services'
import { buildIfChanged } from './portal/buildIfChanged'
import { applyPortalEnv } from './portal/portalEnv'
import { preparePortal } from './portal/preparePortal'
import { spawnNext } from './portal/runNext'

const log = (line: string) => console.log(`[portal] ${line}`)

async function main(): Promise<void> {
  const dev = process.argv.includes('--dev')
  const port = process.env.PORT ?? '3000'
  const services = await startServices()
  const web: { next?: ChildProcess } = {}
  installShutdownHandlers(services, () => stopChild(web.next))
  await applyPortalEnv(services)
  await preparePortal(log)
  if (!dev) await buildIfChanged(log)
  const next = (web.next = spawnNext(dev ? ['dev', '-p', port] : ['start', '-p', port], '[next]'))
  next.on('exit', async (code) => {
    log(`Next.js exited (${code}); stopping the services`)
    await services.stop()
    process.exit(code ?? 1)
  })
  log(`Portal starting at http://localhost:${port} (admin: http://localhost:${port}/admin). Press Ctrl-C to stop.`)
}

function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.removeAllListeners('exit')
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

main().catch((error: unknown) => {
  console.error(`[portal] ${error instanceof Error ? error.message : String(error)}`)
  process.exit((error as { exitCode?: number }).exitCode ?? 1)
})
