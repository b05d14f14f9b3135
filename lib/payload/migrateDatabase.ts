import type { Migration, Payload } from 'payload'
import { migrations } from '@/migrations'

/**
 * Applies the committed migrations that have not run yet. The list is imported rather than
 * read from the folder, so that it works the same under tsx, Vitest and a production build.
 */
export const migrateDatabase = (payload: Payload) =>
  // Generated migrations type their argument precisely; Payload's list type says `unknown`.
  payload.db.migrate({ migrations: migrations as unknown as Migration[] })
