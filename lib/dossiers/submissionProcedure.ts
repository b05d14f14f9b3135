import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { versionedCache } from '@/lib/payload/versionedCache'
import type { Procedure } from '@/payload-types'
import { submissionFields } from './submitDossier'

/** The published procedure with this code and its last change; 'none' when there is none (a draft or abolished one is not applied for). */
async function publishedVersion(payload: Payload, code: string): Promise<string> {
  const { rows } = (await payload.db.drizzle.execute(sql`
    SELECT id, updated_at FROM procedures WHERE code = ${code} AND status = 'published' AND _status = 'published' ORDER BY id LIMIT 1`)) as unknown as {
    rows: { id: number; updated_at: string }[]
  }
  return rows[0] ? `${rows[0].id}@${new Date(rows[0].updated_at).toISOString()}` : 'none'
}

async function readProcedure(payload: Payload, code: string): Promise<Procedure | null> {
  const { docs } = await payload.find({ collection: 'procedures', where: { code: { equals: code } }, depth: 0, limit: 1, overrideAccess: false, select: submissionFields })
  return (docs[0] as Procedure | undefined) ?? null
}

/**
 * What a submission needs of the published procedure with this code (agency, channels, level),
 * read again only when the procedure changes: one small indexed query per submission instead of
 * the procedure with its nested arrays.
 */
export const submissionProcedure: (payload: Payload, code: string) => Promise<Procedure | null> = versionedCache(publishedVersion, readProcedure)
