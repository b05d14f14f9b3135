import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { revalidateTags } from './revalidateTags'

/**
 * afterChange and afterDelete hooks that expire the cache tags of the pages showing a
 * collection, so that an edit reaches them on the next request. Skipped during imports
 * (`context.importing`): the build that follows an import renders everything afresh.
 */
export function revalidationHooks(tags: string[]): { afterChange: CollectionAfterChangeHook[]; afterDelete: CollectionAfterDeleteHook[] } {
  const revalidate = ({ doc, context, req }: Pick<Parameters<CollectionAfterDeleteHook>[0], 'doc' | 'context' | 'req'>) => {
    if (!context.importing) revalidateTags(tags, (m) => req.payload.logger.debug(m))
    return doc
  }
  return { afterChange: [revalidate], afterDelete: [revalidate] }
}
