import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

export interface RateLimitResult {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the client may try again (when refused) or the window resets. */
  resetSeconds: number
}

export interface RateLimitRule {
  /** Distinguishes the counters of different endpoints. */
  name: string
  /** Requests allowed per window and client; 0 or less: no limit. */
  points: number
  windowSeconds: number
}

const limiters = new Map<string, RateLimiterPostgres>()

function limiterFor(payload: Payload, rule: RateLimitRule): RateLimiterPostgres {
  const key = `${rule.name}:${rule.points}:${rule.windowSeconds}`
  let limiter = limiters.get(key)
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      // Counters live in PostgreSQL (table rate_limits, created by a migration), so a client
      // meets the same limit whichever instance answers.
      storeClient: (payload.db as unknown as { pool: unknown }).pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      keyPrefix: rule.name,
      points: rule.points,
      duration: rule.windowSeconds,
      // A client over its limit is refused from memory until its window ends, without asking the database.
      inMemoryBlockOnConsumed: rule.points,
      inMemoryBlockDuration: rule.windowSeconds,
    })
    limiters.set(key, limiter)
  }
  return limiter
}

/**
 * Counts one request of a client against a rule. If the counter store fails, the request is let
 * through (search must not go down with the rate limiter) and the failure logged.
 */
export async function consumeRateLimit(payload: Payload, rule: RateLimitRule, client: string): Promise<RateLimitResult> {
  if (rule.points <= 0) return { allowed: true, limit: 0, remaining: 0, resetSeconds: 0 }
  try {
    const result = await limiterFor(payload, rule).consume(client)
    return { allowed: true, limit: rule.points, remaining: result.remainingPoints, resetSeconds: Math.ceil(result.msBeforeNext / 1000) }
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, limit: rule.points, remaining: 0, resetSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) }
    payload.logger.error({ err: error }, `rate limiter ${rule.name} failed; request allowed`)
    return { allowed: true, limit: rule.points, remaining: rule.points, resetSeconds: 0 }
  }
}

/**
 * The client's address: the entry of X-Forwarded-For that the nearest trusted proxy appended.
 * TRUSTED_PROXY_HOPS counts the proxies in front of the app (load balancer, CDN); entries further
 * left were written by the client and are not trusted.
 */
export function clientAddress(headers: Headers, trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0)): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean)
  return forwarded.at(-(1 + Math.max(0, trustedHops))) ?? forwarded[0] ?? headers.get('x-real-ip') ?? 'unknown'
}
