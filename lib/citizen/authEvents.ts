import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { requester } from './requestInfo'

/** What the sign-in log records: sign-ins and their refusals, sign-outs and account actions. */
export type AuthEventName =
  | 'sign_in'
  | 'sign_in_refused'
  | 'sign_out'
  | 'sign_out_everywhere'
  | 'session_ended'
  | 'session_refused'
  | 'backchannel_logout'
  | 'backchannel_logout_refused'
  | 'request_refused'
  | 'preferences_changed'
  | 'consent_changed'
  | 'data_downloaded'

export interface AuthEvent {
  event: AuthEventName
  /** Why, for refusals: a stable code (state_replayed, token_wrong_audience, …). */
  reason?: string
  citizenId?: number | null
  detail?: Record<string, unknown>
}

const refusals = new Set<AuthEventName>(['sign_in_refused', 'session_refused', 'backchannel_logout_refused', 'request_refused'])

/** Appends an event to the sign-in log (citizen_auth_events) and to the server log; refusals as warnings. */
export async function recordAuthEvent(payload: Payload, request: { headers: Headers } | null, entry: AuthEvent): Promise<void> {
  const who = request ? requester(request) : { ip: null, userAgent: null }
  const line = { event: entry.event, reason: entry.reason, citizenId: entry.citizenId ?? undefined, ip: who.ip ?? undefined, ...entry.detail }
  if (refusals.has(entry.event)) payload.logger.warn(line, `citizen ${entry.event}: ${entry.reason}`)
  else payload.logger.info(line, `citizen ${entry.event}`)
  await payload.db.drizzle.execute(sql`
    INSERT INTO citizen_auth_events (event, reason, citizen_id, ip, user_agent, detail)
    VALUES (${entry.event}, ${entry.reason ?? null}, ${entry.citizenId ?? null}, ${who.ip}, ${who.userAgent}, ${entry.detail ? JSON.stringify(entry.detail) : null}::jsonb)`)
}

/** A citizen's own recent entries, newest first (account area and data download). */
export async function authEventsOf(payload: Payload, citizenId: number, limit = 50) {
  const result = (await payload.db.drizzle.execute(sql`
    SELECT event, reason, at, ip, user_agent AS "userAgent" FROM citizen_auth_events
    WHERE citizen_id = ${citizenId} ORDER BY at DESC, id DESC LIMIT ${limit}`)) as unknown as {
    rows: { event: AuthEventName; reason: string | null; at: Date; ip: string | null; userAgent: string | null }[]
  }
  return result.rows
}
