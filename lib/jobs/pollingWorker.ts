import type { Payload } from 'payload'

export interface PollingWork {
  /** One round of work; resolves to a problem to report (reported once while it repeats), or nothing. */
  run(): Promise<string | undefined>
  /** Occasional clean-up, at most every `everyMs`. */
  purge?: { run(): Promise<unknown>; everyMs: number }
  /** Names the worker in the log. */
  name: string
}

/**
 * Runs background work from the database every `intervalMs` in this process (every instance runs
 * one; the work itself claims its rows, so that each is done once), never two rounds at a time.
 * Returns a function that stops it.
 */
export function startPollingWorker(payload: Payload, work: PollingWork, intervalMs: number): () => void {
  let busy = false
  let lastPurge = 0
  let lastProblem = ''
  const tick = async () => {
    if (busy) return
    busy = true
    try {
      const problem = (await work.run()) ?? ''
      // Once per distinct problem, not at every round while a service is down.
      if (problem && problem !== lastProblem) payload.logger.warn(`${work.name}: ${problem}`)
      lastProblem = problem
      if (work.purge && Date.now() - lastPurge > work.purge.everyMs) {
        lastPurge = Date.now()
        await work.purge.run()
      }
    } catch (error) {
      payload.logger.error({ err: error }, `${work.name} worker failed; trying again`)
    } finally {
      busy = false
    }
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  void tick()
  return () => clearInterval(timer)
}
