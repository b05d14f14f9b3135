import type { Payload } from 'payload'
import { getMeiliClient } from '@/lib/search/getMeiliClient'

export interface ComponentHealth {
  status: 'up' | 'down'
  latencyMs: number
  error?: string
}

export interface Health {
  status: 'ok' | 'degraded' | 'down'
  database: ComponentHealth
  search: ComponentHealth
}

/**
 * Health of the portal's dependencies. The portal is down without its database; without
 * Meilisearch it is degraded (search falls back to PostgreSQL).
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
  return { status, database, search }
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
