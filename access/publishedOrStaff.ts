import type { Access } from 'payload'

/** Staff read everything; the public only reads documents whose `status` is published. */
export const publishedOrStaff: Access = ({ req }) => {
  if (req.user) return true
  return { status: { equals: 'published' } }
}
