import type { Payload, PayloadRequest } from 'payload'

type Drizzle = Payload['db']['drizzle']

/**
 * The database handle of the request's transaction, so that SQL of our own (an outbox row, a row
 * lock) commits or rolls back together with Payload's writes in the same request. Outside a
 * transaction, the pool. (Payload's own helper, getTransaction, is not exported.)
 */
export async function transactionOf(req: PayloadRequest): Promise<Drizzle> {
  const adapter = req.payload.db
  const id = req.transactionID ? await req.transactionID : undefined
  const sessions = (adapter as unknown as { sessions?: Record<string, { db: Drizzle } | undefined> }).sessions
  return (id !== undefined && sessions?.[String(id)]?.db) || adapter.drizzle
}
