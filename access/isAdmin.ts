import type { Access } from 'payload'

/** The portal operator's administrators. */
export const isAdmin: Access = ({ req }) => req.user?.role === 'admin'
