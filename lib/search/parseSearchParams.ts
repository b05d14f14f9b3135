import { z } from 'zod'
import { routing } from '@/i18n/routing'
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_LENGTH, type SearchQuery, searchLevels, searchTypes } from './types'

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug such as "ho-tich"').max(200)
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

/** The parameters of GET /api/search and of the results page, all optional but q (which may be empty). */
const schema = z
  .object({
    q: z
      .string()
      .default('')
      .transform((q) => q.normalize('NFC').replace(/\s+/g, ' ').trim())
      .pipe(z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)),
    type: optional(z.enum(searchTypes, { error: `must be one of ${searchTypes.join(', ')}` })),
    field: optional(slug),
    ministry: optional(slug),
    level: optional(z.enum(searchLevels, { error: `must be one of ${searchLevels.join(', ')}` })),
    online: optional(z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true')),
    page: optional(z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be 1 or more').max(100, 'must be 100 or less')).default(1),
    limit: optional(z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be 1 or more').max(MAX_LIMIT, `must be ${MAX_LIMIT} or less`)).default(
      DEFAULT_LIMIT,
    ),
    locale: optional(z.enum(routing.locales, { error: `must be one of ${routing.locales.join(', ')}` })).default(routing.defaultLocale),
  })
  .strict()

export interface SearchParamIssue {
  /** The parameter at fault ("q", "page" …), or "" for an unknown parameter. */
  param: string
  message: string
}

export type ParsedSearch = { ok: true; query: SearchQuery } | { ok: false; issues: SearchParamIssue[] }

/**
 * Validates search parameters (from a URL's query string). A parameter given twice, an unknown
 * one, a bad value or a query longer than 200 characters is an issue; nothing is guessed.
 */
export function parseSearchParams(params: URLSearchParams, defaults: Partial<Pick<SearchQuery, 'locale'>> = {}): ParsedSearch {
  const issues: SearchParamIssue[] = []
  const raw: Record<string, string> = {}
  for (const [key, value] of params) {
    if (key in raw) issues.push({ param: key, message: 'is given more than once' })
    raw[key] = value
  }
  if (defaults.locale && raw.locale === undefined) raw.locale = defaults.locale
  const result = schema.safeParse(raw)
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) issues.push({ param: key, message: 'is not a search parameter' })
      else issues.push({ param: String(issue.path[0] ?? ''), message: issue.message })
    }
  }
  if (issues.length || !result.success) return { ok: false, issues }
  return { ok: true, query: result.data as SearchQuery }
}
