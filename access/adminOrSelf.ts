import type { Access } from 'payload'

/** Administrators manage every account; other staff read and edit only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (req.user.role === 'admin') return true
  return { id: { equals: req.user.id } }
}
