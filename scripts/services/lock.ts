import { readFileSync, unlinkSync } from 'node:fs'
import { link, open, readFile, rename, unlink } from 'node:fs/promises'
import path from 'node:path'
import { isProcessAlive, readProcessCommand } from './processes'

/** A held runner lock; `release` is synchronous so it can run in an 'exit' handler. */
export interface RunnerLock {
  release(): void
}

/**
 * Takes `<dataDir>/runner.lock` for this process, refusing while another live process holds it
 * and taking over a lock left behind by a process that died.
 */
export async function acquireRunnerLock(dataDir: string, log: (line: string) => void): Promise<RunnerLock> {
  const lockFile = path.join(dataDir, 'runner.lock')
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createLockFile(lockFile)) return holdLock(lockFile)
    const holder = await readHolder(lockFile)
    if (holder === undefined) continue // released between our two calls
    if (isProcessAlive(holder.pid)) throw new Error(describeConflict(dataDir, holder))
    log(`Taking over the lock of process ${holder.pid}, which is no longer running (${lockFile})`)
    await removeStaleLock(lockFile, holder.pid)
  }
  throw new Error(`Could not take the lock ${lockFile}: other runners keep racing for it.`)
}

interface LockHolder {
  pid: number
  label: string | undefined
}

async function createLockFile(lockFile: string): Promise<boolean> {
  try {
    // 'wx' fails when the file exists, so only one process can create it.
    const handle = await open(lockFile, 'wx', 0o644)
    await handle.writeFile(`${process.pid}\n${describeSelf()}\n`)
    await handle.close()
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

function holdLock(lockFile: string): RunnerLock {
  const release = (): void => {
    process.off('exit', release)
    try {
      // Never delete a lock that another runner has taken over in the meantime.
      if (readFileSync(lockFile, 'utf8').split('\n')[0] === String(process.pid)) unlinkSync(lockFile)
    } catch {
      // Already gone.
    }
  }
  process.on('exit', release)
  return { release }
}

async function readHolder(lockFile: string): Promise<LockHolder | undefined> {
  try {
    const [pidLine = '', label] = (await readFile(lockFile, 'utf8')).split('\n')
    // An unreadable PID (e.g. a half-written lock) counts as a dead holder.
    return { pid: Number.parseInt(pidLine, 10) || 0, label: label?.trim() || undefined }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Moves the stale lock aside instead of deleting it: if another runner replaced it with a live
 * lock meanwhile, we can still put that one back.
 */
async function removeStaleLock(lockFile: string, stalePid: number): Promise<void> {
  const aside = `${lockFile}.${process.pid}.stale`
  try {
    await rename(lockFile, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  const moved = await readHolder(aside)
  if (moved && moved.pid !== stalePid && isProcessAlive(moved.pid)) {
    await link(aside, lockFile).catch(() => undefined)
  }
  await unlink(aside).catch(() => undefined)
}

function describeConflict(dataDir: string, holder: LockHolder): string {
  const who = `${holder.pid} (${holder.label ?? readProcessCommand(holder.pid) ?? 'unknown command'})`
  return (
    `Dữ liệu ${dataDir} đang được dùng bởi tiến trình ${who}. Dừng tiến trình đó hoặc đặt DATA_DIR khác. / ` +
    `The data folder ${dataDir} is in use by process ${who}. Stop that process or set a different DATA_DIR.`
  )
}

/** A short label for the lock file, so a refused runner can say who holds the data. */
function describeSelf(): string {
  const event = process.env.npm_lifecycle_event
  if (event && event !== 'npx') return ['start', 'test', 'stop', 'restart'].includes(event) ? `npm ${event}` : `npm run ${event}`
  return process.argv[1] ? path.basename(process.argv[1]) : 'node'
}
