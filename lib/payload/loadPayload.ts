import type { Payload } from 'payload'

/**
 * Starts Payload in a script (start-up, import, tests, benchmarks). The config is imported only
 * now, because it reads DATABASE_URL and PAYLOAD_SECRET, which the service runner sets.
 */
export async function loadPayload(): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}
