import type { CollectionBeforeDeleteHook } from 'payload'
import { publicError } from '@/lib/payload/publicError'
import { say } from '@/lib/payload/requestLanguage'

/**
 * A procedure listed in a publication decision is part of that decision's record: it cannot be
 * deleted while the decision lists it (the database would refuse it anyway, less clearly).
 */
export const keepDecisionItems: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: 'publicationDecisions',
    where: { 'items.procedure': { equals: id } },
    select: { number: true },
    depth: 0,
    limit: 5,
    overrideAccess: true,
    req,
  })
  if (docs.length > 0) {
    const numbers = docs.map((d) => d.number).join(', ')
    throw publicError(
      say(req, `Thủ tục có trong quyết định công bố ${numbers}; hãy bỏ thủ tục khỏi quyết định trước khi xoá.`, `The procedure is listed in publication decision ${numbers}; remove it from the decision first.`),
      409,
    )
  }
}
