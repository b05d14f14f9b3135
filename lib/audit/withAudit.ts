import type { CollectionConfig } from 'payload'
import { combineHooks } from '@/lib/search/outbox'
import { auditHooks } from './recordAudit'

/** A document's name in the log: its national code or number if any, and its title field. */
const titleOf = (collection: CollectionConfig) => (doc: Record<string, unknown>) => {
  const titleField = collection.admin?.useAsTitle
  const title = titleField && titleField !== 'id' ? doc[titleField] : undefined
  return [doc.code, typeof title === 'string' ? title : undefined].filter((part, i, all) => part && all.indexOf(part) === i).join(' ')
}

/** Adds the audit log's hooks to every collection but the log itself. */
export const withAudit = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) =>
    collection.slug === 'auditLog' ? collection : { ...collection, hooks: combineHooks(collection.hooks ?? {}, auditHooks(collection.slug, titleOf(collection))) },
  )
