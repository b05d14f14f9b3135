import type { CollectionConfig } from 'payload'
import { anyone } from './anyone'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/** Shared catalogs: everyone reads, staff write (the agency-scoped rules come with the editorial workflow). */
export const catalogAccess: CollectionConfig['access'] = { read: anyone, create: isStaff, update: isStaff, delete: isStaff }

/** Publishable content: the public reads what is published, staff read and write everything. */
export const publishedContentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  create: isStaff,
  update: isStaff,
  delete: isStaff,
}
