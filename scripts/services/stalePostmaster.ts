import { rm } from 'node:fs/promises'
import path from 'node:path'
import { isProcessAlive, readPidFile, readProcessArgs, terminateProcess } from './processes'

/**
 * Clears a postmaster.pid left by a crashed run. Called while holding the runner lock, so a live
 * PostgreSQL on this cluster can only be an orphan of a runner that died.
 */
export async function clearStalePostmaster(clusterFolder: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(clusterFolder, 'postmaster.pid')
  const pid = readPidFile(pidFile)
  if (pid === undefined) return
  if (!isProcessAlive(pid)) {
    log(`Removing postmaster.pid of PostgreSQL process ${pid}, which is no longer running`)
    await rm(pidFile, { force: true })
    return
  }
  const args = readProcessArgs(pid)
  if (args === undefined) return // cannot tell: let PostgreSQL decide
  if (args.includes(clusterFolder)) {
    log(`Stopping PostgreSQL process ${pid}, left running by a previous runner`)
    await terminateProcess(pid, 'SIGINT', 15_000)
    return
  }
  // After a crash or container restart the PID may belong to an unrelated process, and
  // PostgreSQL would refuse to start while that process lives.
  log(`Removing postmaster.pid: its PID ${pid} now belongs to another program (${args.join(' ').slice(0, 60)})`)
  await rm(pidFile, { force: true })
}
