import { checkHealth } from '@/lib/health/checkHealth'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'

export const dynamic = 'force-dynamic'

/** GET /api/health: 200 when the database answers (search may be degraded), 503 otherwise. */
export async function GET() {
  const health = await checkHealth(await getPayloadClient())
  return Response.json(health, {
    status: health.status === 'down' ? 503 : 200,
    headers: { 'Cache-Control': 'no-store' },
  })
}
