import { sql } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'
import { tags } from '@/lib/cache/tags'
import { type AudienceSlug, audiences } from '@/lib/site/browse'
import { getPayloadClient } from './getPayloadClient'

type Row = { key: number | string; count: number }

/**
 * Published procedures counted per field, per managing ministry, per level and per audience, in
 * one grouped query each (a count query per catalog entry would be hundreds of round trips).
 * Reads Payload's tables directly: `procedures.field_id`, `procedures_levels.value` ….
 */
async function loadCounts() {
  const payload = await getPayloadClient()
  const run = async (query: ReturnType<typeof sql>) => {
    const { rows } = (await payload.db.drizzle.execute(query)) as unknown as { rows: Row[] }
    return Object.fromEntries(rows.map((r) => [String(r.key), Number(r.count)]))
  }
  const audienceCount = (slug: AudienceSlug) =>
    sql`SELECT ${slug} AS key, count(DISTINCT p.id)::int AS count FROM procedures p JOIN procedures_subjects s ON s.parent_id = p.id
        WHERE p.status = 'published' AND s.value IN (${sql.join(audiences[slug].map((v) => sql`${v}`), sql`, `)})`
  const [byField, byMinistry, byLevel, byAudienceCitizen, byAudienceBusiness, total] = await Promise.all([
    run(sql`SELECT field_id AS key, count(*)::int AS count FROM procedures WHERE status = 'published' AND field_id IS NOT NULL GROUP BY field_id`),
    run(sql`SELECT ministry_id AS key, count(*)::int AS count FROM procedures WHERE status = 'published' AND ministry_id IS NOT NULL GROUP BY ministry_id`),
    run(sql`SELECT l.value AS key, count(DISTINCT p.id)::int AS count FROM procedures p JOIN procedures_levels l ON l.parent_id = p.id WHERE p.status = 'published' GROUP BY l.value`),
    run(audienceCount('cong-dan')),
    run(audienceCount('doanh-nghiep')),
    run(sql`SELECT 'all' AS key, count(*)::int AS count FROM procedures WHERE status = 'published'`),
  ])
  return { byField, byMinistry, byLevel, byAudience: { ...byAudienceCitizen, ...byAudienceBusiness }, total: total.all ?? 0 }
}

export type ProcedureCounts = Awaited<ReturnType<typeof loadCounts>>

/** Procedure counts for the home page and the browse pages, cached until procedures or catalogs change. */
export const countProcedures = unstable_cache(loadCounts, ['procedure-counts'], { tags: [tags.procedures, tags.catalogs] })
