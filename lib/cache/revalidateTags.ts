import { revalidateTag } from 'next/cache'
import { openCacheStore } from './cacheStore.mjs'

/**
 * Expires the given cache tags at once, so that the next request rebuilds the pages that read
 * them. In a request, through Next.js (which hands them to our PostgreSQL cache handler). In a
 * Next.js server but outside any request — background jobs, such as the scheduled publication of
 * a decision — Next.js has no request to attach them to, so they are written to the shared cache
 * tables directly, as the handler would (lib/cache/postgresCacheHandler.mjs): every instance sees
 * them. Outside a Next.js server (the import CLI, tests) there is no cache to expire: no-op.
 */
export async function revalidateTags(tags: string[], log?: (message: string) => void): Promise<void> {
  const unique = [...new Set(tags)]
  try {
    for (const tag of unique) revalidateTag(tag, { expire: 0 })
  } catch (error) {
    const url = process.env.DATABASE_URL
    if (process.env.NEXT_RUNTIME === 'nodejs' && url) {
      await openCacheStore(url).expireTags(unique)
      log?.(`Revalidated ${unique.join(', ')} outside a request, in the shared cache`)
      return
    }
    log?.(`Could not revalidate ${unique.join(', ')}: ${error instanceof Error ? error.message : String(error)}`)
  }
}
