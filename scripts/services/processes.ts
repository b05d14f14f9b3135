import { readFileSync } from 'node:fs'
import { setTimeout as delay } from 'node:timers/promises'

/** True when a process with this PID exists and is not a zombie. */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
  } catch (error) {
    // EPERM means the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  // A zombie still answers kill(0) but will never release what it held.
  return readProcessState(pid) !== 'Z'
}

/** The arguments a process was started with, or undefined when they cannot be read. */
export function readProcessArgs(pid: number): string[] | undefined {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
    return args.length > 0 ? args : undefined
  } catch {
    return undefined
  }
}

/** The command line of a process, or undefined when it cannot be read. */
export function readProcessCommand(pid: number): string | undefined {
  return readProcessArgs(pid)?.join(' ')
}

/** Waits until the process is gone; false when it is still alive after the timeout. */
export async function waitForProcessExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false
    await delay(50)
  }
  return true
}

/** Sends a polite signal, then SIGKILL when the process outlives the grace period. */
export async function terminateProcess(pid: number, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  sendSignal(pid, signal)
  if (await waitForProcessExit(pid, graceMs)) return
  sendSignal(pid, 'SIGKILL')
  await waitForProcessExit(pid, 2_000)
}

/** Reads a PID from the first line of a pid or lock file. */
export function readPidFile(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10)
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

function sendSignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

function readProcessState(pid: number): string | undefined {
  try {
    // The state follows the parenthesised command name, which may itself contain spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).charAt(0)
  } catch {
    return undefined
  }
}
