import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { closeSync, existsSync, openSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { ensureFolder } from './folders'
import { findMeilisearchBinary } from './meilisearchBinary'
import { formatElapsed } from './formatElapsed'
import { assertPortFree } from './ports'
import type { EmbeddedService } from './postgres'
import { isProcessAlive, readPidFile, readProcessArgs, terminateProcess } from './processes'
import { waitForMeilisearch } from './waitForMeilisearch'

interface MeilisearchSettings {
  dataDir: string
  port: number
  masterKey: string
  log: (line: string) => void
}

/** Starts Meilisearch on `<dataDir>/meilisearch` and waits until it is healthy. */
export async function startEmbeddedMeilisearch({ dataDir, port, masterKey, log }: MeilisearchSettings): Promise<EmbeddedService> {
  const startedAt = Date.now()
  const folder = path.resolve(dataDir, 'meilisearch')
  const dbPath = path.join(folder, 'data.ms')
  const logFile = path.join(folder, 'meilisearch.log')
  const pidFile = path.join(folder, 'meilisearch.pid')
  await ensureFolder(folder)
  await stopOrphanedServer(pidFile, dbPath, log)
  await assertPortFree(port, 'Meilisearch', 'MEILI_PORT')

  const args = ['--db-path', dbPath, '--http-addr', `127.0.0.1:${port}`, '--no-analytics', '--env', 'development']
  // Without these caps, indexing 5,000 documents peaked at 1.7 GB of memory.
  args.push('--max-indexing-memory', '256MiB', '--max-indexing-threads', '1')
  const server = spawnMeilisearch(findMeilisearchBinary(), args, folder, logFile, masterKey)
  let exitReason: string | undefined
  let stopping: Promise<void> | undefined
  server.on('error', (error) => (exitReason = error.message))
  server.on('exit', (code, signal) => {
    exitReason = code !== null ? `exit code ${code}` : `signal ${signal}`
    if (!stopping) log(`Meilisearch exited (${exitReason}); see ${logFile}`)
  })
  // Covers process.exit() and crashes of this process; the parent-death signal covers SIGKILL.
  const killOnExit = (): void => void server.kill('SIGTERM')
  process.on('exit', killOnExit)
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      process.off('exit', killOnExit)
      await stopChild(server)
      await rm(pidFile, { force: true })
    })())

  const url = `http://127.0.0.1:${port}`
  try {
    if (server.pid !== undefined) await writeFile(pidFile, `${server.pid}\n`)
    await waitForMeilisearch(url, () => exitReason, logFile)
  } catch (error) {
    await stop()
    throw error
  }
  log(`Meilisearch ready on ${url} ${formatElapsed(startedAt)}`)
  return { url, stop }
}

/**
 * Spawns the server with its output in the log file, its working folder (dumps, snapshots,
 * config.toml) inside the data folder, and the key in its environment, where `ps` cannot show it.
 */
function spawnMeilisearch(binary: string, args: string[], folder: string, logFile: string, masterKey: string): ChildProcess {
  // Our own MEILI_* variables (e.g. the URL of another server) must not configure this one.
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of Object.keys(env)) if (name.startsWith('MEILI_')) delete env[name]
  Object.assign(env, { MEILI_MASTER_KEY: masterKey, NO_COLOR: '1' })
  const [command, commandArgs] = withParentDeathSignal(binary, args)
  const logFd = openSync(logFile, 'a')
  try {
    return spawn(command, commandArgs, {
      cwd: folder,
      env,
      stdio: ['ignore', logFd, logFd],
      detached: false,
    })
  } finally {
    closeSync(logFd)
  }
}

/** On Linux, setpriv makes the kernel send SIGTERM to the server if this process dies. */
function withParentDeathSignal(binary: string, args: string[]): [string, string[]] {
  const setpriv = (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'setpriv')).find(existsSync)
  if (process.platform !== 'linux' || !setpriv) return [binary, args]
  return [setpriv, ['--pdeathsig', 'TERM', '--', binary, ...args]]
}

async function stopOrphanedServer(pidFile: string, dbPath: string, log: (line: string) => void): Promise<void> {
  const pid = readPidFile(pidFile)
  if (pid === undefined || !isProcessAlive(pid) || !readProcessArgs(pid)?.includes(dbPath)) return
  log(`Stopping Meilisearch process ${pid}, left running by a previous runner`)
  await terminateProcess(pid, 'SIGTERM', 5_000)
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  const stopped = await Promise.race([exited.then(() => true), delay(5_000, false, { ref: false })])
  if (stopped) return
  child.kill('SIGKILL')
  await exited
}
