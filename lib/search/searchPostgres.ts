import { sql } from '@payloadcms/db-postgres'
import type { SQL } from 'drizzle-orm'
import type { Payload } from 'payload'
import { getPathname } from '@/i18n/paths'
import { escapeHtml, foldDiacritics } from './highlight'
import { loadVocabulary } from './meiliIndex'
import { typeLabels } from './labels'
import type { SearchHit, SearchQuery, SearchResponse, SearchType } from './types'

/** At most this many spellings of one query (the typed one and its vocabulary expansions). */
const MAX_ALTERNATIVES = 8

const tokens = (text: string) => foldDiacritics(text).split(/[^\p{L}\p{N}.]+/u).filter(Boolean)

/**
 * The typed query and its spellings through the vocabulary ("so do" also as "giay chung nhan
 * quyen su dung dat"), each as the words that must all occur, without diacritics.
 */
export function alternativesOf(q: string, synonyms: Record<string, string[]>): string[][] {
  const folded = ` ${tokens(q).join(' ')} `
  const alternatives = [tokens(q)]
  for (const [word, targets] of Object.entries(synonyms)) {
    const key = ` ${tokens(word).join(' ')} `
    if (key.trim() && folded.includes(key)) for (const target of targets) alternatives.push(tokens(folded.replace(key, ` ${target} `)))
    if (alternatives.length >= MAX_ALTERNATIVES) break
  }
  return alternatives.filter((words) => words.length).slice(0, MAX_ALTERNATIVES)
}

type Row = {
  type: SearchType
  doc_id: string
  code: string | null
  title: string
  slug: string
  field_slug: string | null
  field_name: string | null
  ministry_slug: string | null
  ministry_name: string | null
  online: 'full' | 'partial' | 'none' | null
  vietnamese_only: boolean
}

const paths: Record<SearchType, '/thu-tuc/[slug]' | '/hoi-dap/[slug]' | '/quyet-dinh/[slug]' | '/co-quan/[slug]'> = {
  procedure: '/thu-tuc/[slug]',
  faq: '/hoi-dap/[slug]',
  decision: '/quyet-dinh/[slug]',
  agency: '/co-quan/[slug]',
}

/** Every searchable published document with its title in the locale (Vietnamese when not translated). */
function candidates(locale: string): SQL {
  const title = (table: string) => sql.raw(`coalesce(nullif(loc.${table}, ''), vi.${table})`)
  const translated = (table: string) => sql.raw(`(loc.${table} IS NULL OR loc.${table} = '')`)
  return sql`
    SELECT 'procedure' AS type, p.id::text AS doc_id, p.code, ${title('name')} AS title, p.slug,
           f.slug AS field_slug, coalesce(nullif(fl.name, ''), fv.name) AS field_name,
           m.slug AS ministry_slug, coalesce(nullif(ml.name, ''), mv.name) AS ministry_name,
           p.online_service_level AS online, ${translated('name')} AS vietnamese_only, p.field_id, p.ministry_id, p.id AS procedure_id
    FROM procedures p
    JOIN procedures_locales vi ON vi._parent_id = p.id AND vi._locale = 'vi'
    LEFT JOIN procedures_locales loc ON loc._parent_id = p.id AND loc._locale = ${locale}
    LEFT JOIN fields f ON f.id = p.field_id
    LEFT JOIN fields_locales fv ON fv._parent_id = f.id AND fv._locale = 'vi'
    LEFT JOIN fields_locales fl ON fl._parent_id = f.id AND fl._locale = ${locale}
    LEFT JOIN agencies m ON m.id = p.ministry_id
    LEFT JOIN agencies_locales mv ON mv._parent_id = m.id AND mv._locale = 'vi'
    LEFT JOIN agencies_locales ml ON ml._parent_id = m.id AND ml._locale = ${locale}
    WHERE p.status = 'published' AND p.slug IS NOT NULL
    UNION ALL
    SELECT 'faq', q.id::text, NULL, ${title('question')}, q.slug, f.slug, coalesce(nullif(fl.name, ''), fv.name), NULL, NULL, NULL,
           ${translated('question')}, q.field_id, NULL, NULL
    FROM faqs q
    JOIN faqs_locales vi ON vi._parent_id = q.id AND vi._locale = 'vi'
    LEFT JOIN faqs_locales loc ON loc._parent_id = q.id AND loc._locale = ${locale}
    LEFT JOIN fields f ON f.id = q.field_id
    LEFT JOIN fields_locales fv ON fv._parent_id = f.id AND fv._locale = 'vi'
    LEFT JOIN fields_locales fl ON fl._parent_id = f.id AND fl._locale = ${locale}
    WHERE q.status = 'published' AND q.slug IS NOT NULL
    UNION ALL
    SELECT 'decision', d.id::text, d.number, coalesce(${title('title')}, d.number), d.slug, NULL, NULL,
           m.slug, coalesce(nullif(ml.name, ''), mv.name), NULL, ${translated('title')}, NULL, d.issuer_id, NULL
    FROM publication_decisions d
    LEFT JOIN publication_decisions_locales vi ON vi._parent_id = d.id AND vi._locale = 'vi'
    LEFT JOIN publication_decisions_locales loc ON loc._parent_id = d.id AND loc._locale = ${locale}
    LEFT JOIN agencies m ON m.id = d.issuer_id
    LEFT JOIN agencies_locales mv ON mv._parent_id = m.id AND mv._locale = 'vi'
    LEFT JOIN agencies_locales ml ON ml._parent_id = m.id AND ml._locale = ${locale}
    WHERE d.status = 'published' AND d.slug IS NOT NULL
    UNION ALL
    SELECT 'agency', a.id::text, a.abbreviation, ${title('name')}, a.slug, NULL, NULL, NULL, NULL, NULL,
           ${translated('name')}, NULL, NULL, NULL
    FROM agencies a
    JOIN agencies_locales vi ON vi._parent_id = a.id AND vi._locale = 'vi'
    LEFT JOIN agencies_locales loc ON loc._parent_id = a.id AND loc._locale = ${locale}
    WHERE a.slug IS NOT NULL`
}

/**
 * Search answered by PostgreSQL while Meilisearch is unreachable: every word of the query (or of
 * one of its vocabulary spellings) must occur in the title, accents and case ignored (unaccent),
 * best trigram similarity first; a national code matches exactly. Less forgiving than
 * Meilisearch (no typos, titles only, facets by type only), and said so to the citizen.
 */
export async function searchPostgres(payload: Payload, query: SearchQuery): Promise<Omit<SearchResponse, 'took_ms'>> {
  const alternatives = query.q ? alternativesOf(query.q, (await loadVocabulary(payload)).alternatives) : []
  const folded = sql`portal_unaccent(lower(c.title))`
  // Whole words only (\m … \M): "lai" must not match inside a longer word.
  const word = (w: string) => `\\m${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\M`
  const matches = alternatives.length
    ? sql.join(alternatives.map((words) => sql`(${sql.join(words.map((w) => sql`${folded} ~ ${word(w)}`), sql` AND `)})`), sql` OR `)
    : sql`TRUE`
  const filters: SQL[] = [sql`(${matches} OR c.code = ${query.q})`]
  if (query.field) filters.push(sql`c.field_slug = ${query.field}`)
  if (query.ministry) filters.push(sql`c.ministry_slug = ${query.ministry}`)
  if (query.level) filters.push(sql`EXISTS (SELECT 1 FROM procedures_levels l WHERE l.parent_id = c.procedure_id AND l.value = ${query.level})`)
  if (query.online !== undefined) filters.push(query.online ? sql`c.online IN ('full', 'partial')` : sql`c.online = 'none'`)
  const where = sql.join(filters, sql` AND `)
  const typeFilter = query.type ? sql`AND c.type = ${query.type}` : sql``
  // The best-matching spelling decides the order (an everyday word's official phrase counts fully).
  const similarity = alternatives.length
    ? sql`GREATEST(${sql.join(alternatives.map((words) => sql`word_similarity(${words.join(' ')}, ${folded})`), sql`, `)})`
    : sql`0::real` // not a bare 0, which ORDER BY would read as a column number
  const db = payload.db.drizzle
  const [page, counts] = await Promise.all([
    db.execute(sql`
      SELECT c.* FROM (${candidates(query.locale)}) c WHERE ${where} ${typeFilter}
      ORDER BY (c.code = ${query.q}) DESC, ${similarity} DESC, length(c.title), c.doc_id
      LIMIT ${query.limit} OFFSET ${(query.page - 1) * query.limit}`),
    db.execute(sql`SELECT c.type, count(*)::int AS count FROM (${candidates(query.locale)}) c WHERE ${where} GROUP BY c.type`),
  ])
  const rows = (page as unknown as { rows: Row[] }).rows
  const byType = (counts as unknown as { rows: { type: SearchType; count: number }[] }).rows
  const total = query.type ? (byType.find((r) => r.type === query.type)?.count ?? 0) : byType.reduce((sum, r) => sum + r.count, 0)
  const hits: SearchHit[] = rows.map((row) => ({
    type: row.type,
    id: row.doc_id,
    code: row.type === 'procedure' || row.type === 'decision' ? (row.code ?? undefined) : undefined,
    plainTitle: row.title,
    title: escapeHtml(row.title),
    snippet: escapeHtml([row.field_name, row.ministry_name].filter(Boolean).join(' · ')),
    url: getPathname({ href: { pathname: paths[row.type], params: { slug: row.slug } }, locale: query.locale }),
    field: row.field_slug && row.field_name ? { slug: row.field_slug, name: row.field_name } : undefined,
    ministry: row.ministry_slug && row.ministry_name ? { slug: row.ministry_slug, name: row.ministry_name } : undefined,
    online: row.online ?? undefined,
    vietnameseOnly: row.vietnamese_only || undefined,
  }))
  return {
    query,
    hits,
    facets: {
      type: byType.map((r) => ({ value: r.type, label: typeLabels[r.type][query.locale], count: r.count })).sort((a, b) => b.count - a.count),
      field: [],
      ministry: [],
      level: [],
      online: [],
    },
    total,
    totalPages: Math.ceil(total / query.limit),
    engine: 'postgres',
  }
}
