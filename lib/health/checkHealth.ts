import type { Payload } from 'payload'
import { getMeiliClient } from '@/lib/search/getMeiliClient'
import { outboxBacklog } from '@/lib/search/syncWorker'

export interface ComponentHealth {
  status: 'up' | 'down'
  latencyMs: number
  error?: string
}

export interface Health {
  status: 'ok' | 'degraded' | 'down'
  database: ComponentHealth
  search: ComponentHealth & {
    /** Which engine answers searches now: PostgreSQL while Meilisearch is down. */
    engine: 'meilisearch' | 'postgres'
    /** Changes not yet applied to the index, and the age of the oldest in seconds. */
    outbox?: { pending: number; oldestSeconds: number | null; lastError: string | null }
  }
}

/**
 * Health of the portal's dependencies. The portal is down without its database; without
 * Meilisearch it is degraded (search falls back to PostgreSQL, and `search.engine` says so).
 */
export async function checkHealth(payload: Payload): Promise<Health> {
  const [database, search] = await Promise.all([
    probe(() => payload.count({ collection: 'procedures' })),
    probe(async () => {
      const client = getMeiliClient()
      if (!client) throw new Error('MEILI_URL is not set')
      await client.health()
    }),
  ])
  const status = database.status === 'down' ? 'down' : search.status === 'down' ? 'degraded' : 'ok'
  const outbox = database.status === 'up' ? await outboxBacklog(payload).catch(() => undefined) : undefined
  return { status, database, search: { ...search, engine: search.status === 'up' ? 'meilisearch' : 'postgres', outbox } }
}

async function probe(check: () => Promise<unknown>): Promise<ComponentHealth> {
  const started = performance.now()
  try {
    await check()
    return { status: 'up', latencyMs: Math.round(performance.now() - started) }
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), error: error instanceof Error ? error.message : String(error) }
  }
}
