import type { PayloadRequest } from 'payload'

/** Midnight in Vietnam (UTC+7, no daylight saving) at the start of a decision's effective day. */
export function startOfEffectiveDay(effectiveDate: string): Date {
  const day = new Date(new Date(effectiveDate).getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  return new Date(`${day}T00:00:00+07:00`)
}

/**
 * Queues the publication of an approved decision for the start of its effective day (at once when
 * that day has come), in the approving transaction: approved and queued together, or neither.
 */
export async function schedulePublication(req: PayloadRequest, decision: number, effectiveDate: string): Promise<void> {
  await req.payload.jobs.queue({ task: 'publishDecision', input: { decision }, waitUntil: startOfEffectiveDay(effectiveDate), req })
}
