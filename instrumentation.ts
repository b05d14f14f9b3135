/**
 * Runs once when a server instance starts: the search outbox worker (lib/search). Not during
 * `next build`, and not when SEARCH_WORKER=off (tests that drive the worker themselves).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.SEARCH_WORKER === 'off') return
  const [{ getPayloadClient }, { startSearchWorker }] = await Promise.all([import('@/lib/payload/getPayloadClient'), import('@/lib/search/startSearchWorker')])
  // Not awaited: the server takes requests while Payload loads for the worker.
  getPayloadClient()
    .then((payload) => startSearchWorker(payload))
    .catch((error: unknown) => console.error('The search outbox worker did not start:', error))
}
