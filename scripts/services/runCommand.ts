import { spawn } from 'node:child_process'
import { constants } from 'node:os'
import { detachEmbeddedPostgresSignalHooks } from './loadEmbeddedPostgres'
import { type RunningServices, servicesEnv } from './start'

/**
 * Runs a command with the services' URLs and key in its environment and resolves with its
 * exit code (128 + signal number when a signal ended it, 127 when it could not start).
 */
export async function runCommand(command: string[], services: RunningServices): Promise<number> {
  const [file, ...args] = command
  if (!file) throw new Error('No command given after --')
  // The command decides how to react to signals; the services must outlive it.
  detachEmbeddedPostgresSignalHooks()
  const child = spawn(file, args, {
    stdio: 'inherit',
    env: { ...process.env, ...servicesEnv(services) },
  })
  // Ctrl-C in a terminal already reaches the command (same process group), so only
  // forward the signals that were sent to this process alone.
  const ignore = (): void => undefined
  const forward = (signal: NodeJS.Signals): void => void child.kill(signal)
  process.on('SIGINT', ignore)
  process.on('SIGTERM', forward)
  process.on('SIGHUP', forward)
  try {
    return await new Promise<number>((resolve) => {
      child.once('error', (error) => {
        console.error(`[services] Could not run ${file}: ${error.message}`)
        resolve(127)
      })
      child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)))
    })
  } finally {
    process.off('SIGINT', ignore)
    process.off('SIGTERM', forward)
    process.off('SIGHUP', forward)
  }
}
