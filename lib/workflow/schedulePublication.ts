import type { PayloadRequest } from 'payload'
import { vietnamDay } from './decisionWorkflow'

/** Midnight in Vietnam (UTC+7, no daylight saving) at the start of a decision's effective day. */
export const startOfEffectiveDay = (effectiveDate: string): Date => new Date(`${vietnamDay(new Date(effectiveDate))}T00:00:00+07:00`)

/**
 * Queues the publication of an approved decision for the start of its effective day (at once when
 * that day has come), in the approving transaction: approved and queued together, or neither.
 */
export async function schedulePublication(req: PayloadRequest, decision: number, effectiveDate: string): Promise<void> {
  await req.payload.jobs.queue({ task: 'publishDecision', input: { decision }, waitUntil: startOfEffectiveDay(effectiveDate), req })
}
