import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'

/** Stops a child process politely (SIGTERM), then with SIGKILL when it outlives `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}
