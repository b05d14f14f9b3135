import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { revalidateTags } from './revalidateTags'

/**
 * afterChange and afterDelete hooks that expire the given cache tags, so that the pages showing
 * a collection are rebuilt on their next request. Skipped during imports: the start-up import
 * runs before the build, and a bulk import would otherwise expire the same tags thousands of times.
 */
export function revalidateHooks(collectionTags: string[]) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, context, req }) => {
    if (!context.importing) await revalidateTags(collectionTags, (m) => req.payload.logger.debug(m))
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, context, req }) => {
    if (!context.importing) await revalidateTags(collectionTags, (m) => req.payload.logger.debug(m))
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}
