/**
 * Runs the embedded services for development.
 *   tsx scripts/services/cli.ts                 start them and keep them running until Ctrl-C
 *   tsx scripts/services/cli.ts -- <command…>   run the command with DATABASE_URL, MEILI_URL,
 *                                               MEILI_MASTER_KEY, OIDC_* and SMTP_URL set, then stop them
 */
import path from 'node:path'
import { installShutdownHandlers, resolveServiceOptions, startServices, type RunningServices } from './index'
import { runCommand } from './runCommand'

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    console.log('Usage: tsx scripts/services/cli.ts [-- <command> [args…]]')
    return 0
  }
  const separator = argv.indexOf('--')
  const command = separator >= 0 ? argv.slice(separator + 1) : argv
  const services = await startServices()
  if (command.length > 0) {
    const code = await runCommand(command, services)
    await services.stop()
    return code
  }
  printConnections(services)
  if (!Object.values(services.embedded).some(Boolean)) return 0
  installShutdownHandlers(services)
  console.log('[services] Running. Press Ctrl-C to stop.')
  // The running servers keep the event loop alive until the shutdown handler exits.
  return new Promise<number>(() => undefined)
}

/** A URL without its password. */
function redact(value: string): string {
  const url = new URL(value)
  if (url.password) url.password = '***'
  return url.toString()
}

/** Prints where the services listen, without their secrets. */
function printConnections(services: RunningServices): void {
  const keyFile = path.join(resolveServiceOptions().dataDir, 'meilisearch-master-key')
  const keyHint = services.embedded.meilisearch ? ` (master key in ${keyFile})` : ''
  console.log(`[services] DATABASE_URL=${redact(services.databaseUrl)}`)
  console.log(`[services] MEILI_URL=${services.meiliUrl}${keyHint}`)
  console.log(`[services] OIDC_ISSUER=${services.identityProvider.issuer}${services.identityProvider.local ? ' (local test provider)' : ''}`)
  const { mail } = services
  console.log(`[services] SMTP_URL=${mail.catcherUrl ? `${mail.smtpUrl} (local mail catcher: read the mail at ${mail.catcherUrl})` : redact(mail.smtpUrl)}`)
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[services] ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
