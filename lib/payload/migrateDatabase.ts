import type { Payload } from 'payload'
import { migrations } from '@/migrations'

/**
 * Applies the committed migrations that have not run yet. The list is imported rather than
 * read from the folder, so that it works the same under tsx, Vitest and a production build.
 */
export const migrateDatabase = (payload: Payload) => payload.db.migrate({ migrations })
