import { revalidateTag } from 'next/cache'

/**
 * Expires the given cache tags at once, so that the next request rebuilds the pages that read
 * them. Outside a Next.js server (the import CLI, tests) there is no cache to expire: no-op.
 */
export function revalidateTags(tags: string[], log?: (message: string) => void): void {
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      log?.(`Could not revalidate ${tag}: ${error instanceof Error ? error.message : String(error)}`)
      return
    }
  }
}
