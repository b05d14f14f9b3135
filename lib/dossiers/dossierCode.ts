import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Day } from '@/lib/workdays/days'

type Drizzle = Payload['db']['drizzle']

/**
 * A dossier code, `<agency code>-<yymmdd>-<sequence>` (DOMAIN.md): the handling agency, the day of
 * submission (Vietnam time) and that agency's count for the day, at least four digits.
 */
export function formatDossierCode(agencyCode: string, day: Day, sequence: number): string {
  const agency = agencyCode.trim().toUpperCase().replace(/[^A-Z0-9.]+/g, '')
  return `${agency}-${day.slice(2).replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`
}

/**
 * The next code of an agency for a day, from a counter row (one statement, committed at once):
 * concurrent submissions wait for each other on that row only for the statement, so no two get
 * the same number and none queues behind another's whole transaction. A submission that fails
 * after taking its number leaves a gap: codes never repeat, but need not be contiguous.
 */
export async function nextDossierCode(db: Drizzle, agencyCode: string, day: Day): Promise<string> {
  const result = (await db.execute(sql`
    INSERT INTO dossier_code_sequences (agency_code, day, last) VALUES (${agencyCode}, ${day}, 1)
    ON CONFLICT (agency_code, day) DO UPDATE SET last = dossier_code_sequences.last + 1
    RETURNING last`)) as unknown as { rows: { last: number }[] }
  return formatDossierCode(agencyCode, day, Number(result.rows[0]!.last))
}
