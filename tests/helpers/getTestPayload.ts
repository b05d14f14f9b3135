import type { Payload } from 'payload'
import { inject } from 'vitest'
import { loadPayload } from '@/lib/payload/loadPayload'
import { migrateDatabase } from '@/lib/payload/migrateDatabase'
import { createTestDatabase } from './createTestDatabase'

/**
 * A real Payload on a fresh, migrated PostgreSQL database of its own. The config is imported
 * only after the environment points at that database.
 */
export async function getTestPayload(): Promise<Payload> {
  process.env.DATABASE_URL = await createTestDatabase(inject('databaseUrl'))
  process.env.MEILI_URL = inject('meiliUrl')
  process.env.MEILI_MASTER_KEY = inject('meiliKey')
  process.env.PAYLOAD_SECRET ||= 'integration-test-secret'
  const payload = await loadPayload()
  await migrateDatabase(payload)
  return payload
}
