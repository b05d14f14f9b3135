import type { Access } from 'payload'

/** Any signed-in staff account. Citizens never hold a Payload `users` session. */
export const isStaff: Access = ({ req }) => Boolean(req.user)
