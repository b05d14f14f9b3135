import { createHash, randomBytes } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** Idle and absolute lifetimes of a citizen's session (CITIZEN_SESSION_IDLE_MINUTES, CITIZEN_SESSION_MAX_HOURS). */
export function sessionTimeouts(env: NodeJS.ProcessEnv = process.env) {
  return { idleMinutes: Number(env.CITIZEN_SESSION_IDLE_MINUTES ?? 30), maxHours: Number(env.CITIZEN_SESSION_MAX_HOURS ?? 12) }
}

export interface CitizenSession {
  id: string
  citizenId: number
  /** Assurance level the citizen signed in at (lib/citizen/assurance). */
  level: number
  acr: string | null
  providerSid: string | null
  /** Sealed ID token, for signing out at the provider. */
  idToken: string | null
  tokenHash: string
  createdAt: Date
  lastSeenAt: Date
  expiresAt: Date
  userAgent: string | null
  ip: string | null
}

export type SessionLookup = { status: 'active'; session: CitizenSession } | { status: 'expired' | 'unknown' }

/** The session token's form: 32 random bytes, base64url. Anything else is not one of ours. */
const tokenShape = /^[A-Za-z0-9_-]{43}$/

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url')

const columns = sql`id, citizen_id AS "citizenId", level, acr, provider_sid AS "providerSid", id_token AS "idToken", token_hash AS "tokenHash",
  created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt", user_agent AS "userAgent", ip`

type Rows<T> = { rows: T[] }
const run = async <T>(payload: Payload, query: ReturnType<typeof sql>) => ((await payload.db.drizzle.execute(query)) as unknown as Rows<T>).rows

export interface NewSession {
  citizenId: number
  level: number
  acr: string | null
  providerSid: string | null
  idToken: string | null
  ip: string | null
  userAgent: string | null
}

/** Opens a session with a fresh random token (never one the browser brought: no fixation); returns the token for the cookie. */
export async function createSession(payload: Payload, input: NewSession): Promise<{ token: string; session: CitizenSession }> {
  const token = randomBytes(32).toString('base64url')
  const { maxHours } = sessionTimeouts()
  await payload.db.drizzle.execute(sql`DELETE FROM citizen_sessions WHERE expires_at < now() - interval '1 day'`)
  const [session] = await run<CitizenSession>(
    payload,
    sql`INSERT INTO citizen_sessions (token_hash, citizen_id, level, acr, provider_sid, id_token, expires_at, user_agent, ip)
      VALUES (${hashToken(token)}, ${input.citizenId}, ${input.level}, ${input.acr}, ${input.providerSid}, ${input.idToken},
        now() + make_interval(hours => ${maxHours}), ${input.userAgent}, ${input.ip})
      RETURNING ${columns}`,
  )
  return { token, session: session! }
}

/**
 * The session a cookie's token opens, if it is still within both timeouts; its last activity is
 * moved on at most once a minute. An expired session is deleted.
 */
export async function findSession(payload: Payload, token: string | undefined): Promise<SessionLookup> {
  if (!token || !tokenShape.test(token)) return { status: 'unknown' }
  const { idleMinutes } = sessionTimeouts()
  const [found] = await run<CitizenSession & { expired: boolean; stale: boolean }>(
    payload,
    sql`SELECT ${columns}, (expires_at <= now() OR last_seen_at <= now() - make_interval(mins => ${idleMinutes})) AS expired,
        last_seen_at < now() - interval '1 minute' AS stale
      FROM citizen_sessions WHERE token_hash = ${hashToken(token)}`,
  )
  if (!found) return { status: 'unknown' }
  const { expired, stale, ...session } = found
  if (expired) {
    await endSession(payload, session.id)
    return { status: 'expired' }
  }
  if (stale) await payload.db.drizzle.execute(sql`UPDATE citizen_sessions SET last_seen_at = now() WHERE id = ${session.id}`)
  return { status: 'active', session }
}

/** Ends one session; true if it existed. */
export async function endSession(payload: Payload, id: string, citizenId?: number): Promise<boolean> {
  const ended = await run<{ id: string }>(
    payload,
    citizenId === undefined
      ? sql`DELETE FROM citizen_sessions WHERE id = ${id} RETURNING id`
      : sql`DELETE FROM citizen_sessions WHERE id = ${id} AND citizen_id = ${citizenId} RETURNING id`,
  )
  return ended.length > 0
}

/** Ends every session of a citizen ("sign out everywhere"); returns how many. */
export async function endAllSessions(payload: Payload, citizenId: number): Promise<number> {
  return (await run<{ id: string }>(payload, sql`DELETE FROM citizen_sessions WHERE citizen_id = ${citizenId} RETURNING id`)).length
}

/** Ends the sessions opened by one provider session (back-channel logout by `sid`), or all of the citizen's. */
export async function endProviderSessions(payload: Payload, target: { citizenId: number; sid?: string }): Promise<number> {
  const query = target.sid
    ? sql`DELETE FROM citizen_sessions WHERE citizen_id = ${target.citizenId} AND provider_sid = ${target.sid} RETURNING id`
    : sql`DELETE FROM citizen_sessions WHERE citizen_id = ${target.citizenId} RETURNING id`
  return (await run<{ id: string }>(payload, query)).length
}

/** A citizen's active sessions, most recent first. */
export async function listSessions(payload: Payload, citizenId: number): Promise<CitizenSession[]> {
  const { idleMinutes } = sessionTimeouts()
  return run<CitizenSession>(
    payload,
    sql`SELECT ${columns} FROM citizen_sessions
      WHERE citizen_id = ${citizenId} AND expires_at > now() AND last_seen_at > now() - make_interval(mins => ${idleMinutes})
      ORDER BY last_seen_at DESC`,
  )
}
