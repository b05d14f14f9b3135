/**
 * Runs once when a server instance starts: the search outbox worker (lib/search), the worker that
 * e-mails notices to citizens (lib/notifications) and Payload's job runner (scheduled publication
 * of decisions, lib/workflow). Not during `next build`; not the search worker when
 * SEARCH_WORKER=off, the notification worker when NOTIFICATION_WORKER=off, nor the job runner when
 * JOB_RUNNER=off (tests that drive them themselves). Every instance runs all three: the outboxes
 * and the jobs live in PostgreSQL and each item is processed by one instance.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ getPayload }, { default: config }, { startSearchWorker }, { startNotificationWorker }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/lib/search/startSearchWorker'),
    import('@/lib/notifications/startNotificationWorker'),
  ])
  // Not awaited: the server takes requests while Payload loads. `cron` starts the job runner (jobs.autoRun).
  getPayload({ config, cron: process.env.JOB_RUNNER !== 'off' })
    .then((payload) => {
      if (process.env.SEARCH_WORKER !== 'off') startSearchWorker(payload)
      if (process.env.NOTIFICATION_WORKER !== 'off') startNotificationWorker(payload)
    })
    .catch((error: unknown) => console.error('The background workers did not start:', error))
}
