/**
 * `npm start`: starts the embedded services (or uses DATABASE_URL / MEILI_URL), applies
 * migrations, imports the national data on the first start, builds when the sources changed,
 * and serves the portal on PORT (default 3000). `--dev` runs `next dev` instead.
 * EXTRA_PORTS (e.g. `3001,3002`) serves the same build from more `next start` processes that
 * share the services and the cache, as instances behind a load balancer would.
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
  const extraPorts = dev ? [] : (process.env.EXTRA_PORTS ?? '').split(',').map((p) => p.trim()).filter(Boolean)
  const services = await startServices()
  const servers: ChildProcess[] = []
  installShutdownHandlers(services, () => Promise.all(servers.map(stopChild)).then(() => undefined))
  await applyPortalEnv(services)
  await preparePortal(log)
  if (!dev) await buildIfChanged(log)
  servers.push(spawnNext(dev ? ['dev', '-p', port] : ['start', '-p', port], '[next]'))
  for (const extra of extraPorts) servers.push(spawnNext(['start', '-p', extra], `[next:${extra}]`))
  for (const server of servers) {
    server.on('exit', async (code) => {
      log(`Next.js exited (${code}); stopping the services`)
      await Promise.all(servers.map(stopChild))
      await services.stop()
      process.exit(code ?? 1)
    })
  }
  log(`Portal starting at http://localhost:${port} (admin: http://localhost:${port}/admin). Press Ctrl-C to stop.`)
  if (extraPorts.length > 0) log(`More instances on ${extraPorts.map((p) => `http://localhost:${p}`).join(', ')}`)
  if (services.mail.catcherUrl) log(`E-mail the portal sends is caught, not delivered: read it at ${services.mail.catcherUrl}`)
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
