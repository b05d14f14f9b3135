import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { revalidateTags } from '@/lib/cache/revalidateTags'
import { tags } from '@/lib/cache/tags'
import type { Procedure } from '@/payload-types'

const affected = (...docs: (Partial<Procedure> | undefined)[]) => [
  tags.procedures,
  tags.sitemap,
  ...docs.flatMap((doc) => (doc?.slug ? [tags.procedure(doc.slug)] : [])),
]

/** On save: the procedure's page (under its old and new slug), listings and the sitemap. Skipped during imports. */
export const revalidateProcedure: CollectionAfterChangeHook<Procedure> = async ({ doc, previousDoc, context, req }) => {
  if (!context.importing) await revalidateTags(affected(doc, previousDoc), (m) => req.payload.logger.debug(m))
  return doc
}

/** On delete: the same pages, which now answer 404. */
export const revalidateDeletedProcedure: CollectionAfterDeleteHook<Procedure> = async ({ doc, context, req }) => {
  if (!context.importing) await revalidateTags(affected(doc), (m) => req.payload.logger.debug(m))
  return doc
}
