import type { Payload } from 'payload'

/**
 * Starts Payload in a script (start-up, import, tests, benchmarks). The config is imported only
 * now, because it reads DATABASE_URL and PAYLOAD_SECRET, which the service runner sets. The two
 * imports run one after the other on purpose: importing the same module graph concurrently
 * under tsx's loader intermittently hung the start-up forever (Node 20).
 */
export async function loadPayload(): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}
