/**
 * Ports of the portal under test (apart from a running `npm start`): the primary instance, and
 * a second `next start` on the same build and database, to prove that the cache is shared.
 */
export const primaryPort = Number(process.env.E2E_PORT ?? 3100)
export const secondPort = Number(process.env.E2E_SECOND_PORT ?? primaryPort + 1)
