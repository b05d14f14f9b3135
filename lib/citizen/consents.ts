import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * What citizens may agree to, beyond what the law already requires of the portal (Decree 13/2023
 * on personal data protection: consent is specific to a purpose, given by an affirmative act,
 * withdrawable at any time, and recorded). The notice the citizen saw is identified by its version.
 */
export const consentPurposes = ['identity_prefill', 'survey_contact'] as const
export type ConsentPurpose = (typeof consentPurposes)[number]
export const consentNoticeVersion = '2026-11'

export const isConsentPurpose = (value: unknown): value is ConsentPurpose => consentPurposes.includes(value as ConsentPurpose)

export interface ConsentRecord {
  purpose: ConsentPurpose
  granted: boolean
  noticeVersion: string
  at: Date
}

/** Records a grant or a withdrawal (append-only: the history is kept). */
export async function recordConsent(payload: Payload, citizenId: number, purpose: ConsentPurpose, granted: boolean, ip: string | null): Promise<void> {
  await payload.db.drizzle.execute(sql`
    INSERT INTO citizen_consents (citizen_id, purpose, granted, notice_version, ip) VALUES (${citizenId}, ${purpose}, ${granted}, ${consentNoticeVersion}, ${ip})`)
}

/** A citizen's consent history, newest first; the first entry of a purpose is its current state. */
export async function consentHistory(payload: Payload, citizenId: number): Promise<ConsentRecord[]> {
  const result = (await payload.db.drizzle.execute(sql`
    SELECT purpose, granted, notice_version AS "noticeVersion", at FROM citizen_consents WHERE citizen_id = ${citizenId} ORDER BY at DESC, id DESC`)) as unknown as {
    rows: ConsentRecord[]
  }
  return result.rows
}

/** Whether a purpose is currently agreed to. */
export const hasConsent = (history: ConsentRecord[], purpose: ConsentPurpose) => history.find((record) => record.purpose === purpose)?.granted ?? false
