import type { Hit } from 'meilisearch'
import { describe, expect, it } from 'vitest'
import type { SearchDocument } from './documents'
import { HIGHLIGHT_POST as POST, HIGHLIGHT_PRE as PRE } from './highlight'
import { searchRequests, suggestionOf } from './searchMeilisearch'

describe('searchRequests', () => {
  it('sends one search when no type is chosen: its type facet counts the tabs', () => {
    const requests = searchRequests({ q: 'khai sinh', page: 1, limit: 10, locale: 'vi' }, 'portal')
    expect(requests).toHaveLength(1)
    expect(requests[0]!.facets).toContain('type')
    expect(requests[0]!.filter).toEqual(['locale = "vi"'])
  })

  it('adds a count per type without the type filter when a tab is chosen', () => {
    const [main, types] = searchRequests({ q: 'khai sinh', type: 'faq', field: 'ho-tich', page: 2, limit: 10, locale: 'en' }, 'portal')
    expect(main!.filter).toEqual(['locale = "en"', 'fieldSlug = "ho-tich"', 'type = "faq"'])
    expect(main!.facets).not.toContain('type')
    expect(types).toMatchObject({ filter: ['locale = "en"', 'fieldSlug = "ho-tich"'], facets: ['type'], limit: 0 })
  })

  it('asks for no match positions (they cost more than the rest of the search)', () => {
    expect(searchRequests({ q: 'x', page: 1, limit: 10, locale: 'vi' })[0]!.showMatchesPosition).toBeFalsy()
  })
})

describe('suggestionOf', () => {
  const hit = (title: string, formatted: string) => ({ title, _formatted: { title: formatted } }) as unknown as Hit<SearchDocument>

  it('corrects a typo from the words the best hits matched, with their diacritics', () => {
    const hits = [hit('Đăng ký khai sinh', `${PRE}Đăng${POST} ${PRE}ký${POST} ${PRE}khai${POST} ${PRE}sinh${POST}`)]
    expect(suggestionOf('dang ky khai sihn', hits, 40)).toBe('đăng ký khai sinh')
  })

  it('restores diacritics alone only when few hits came back', () => {
    const hits = [hit('Trích lục hộ tịch', `Trích lục ${PRE}hộ${POST} ${PRE}tịch${POST}`)]
    expect(suggestionOf('ho tich', hits, 2)).toBe('hộ tịch')
    expect(suggestionOf('ho tich', hits, 40)).toBeUndefined()
  })

  it('suggests nothing when nothing was marked', () => {
    expect(suggestionOf('abc', [hit('Đăng ký khai sinh', 'Đăng ký khai sinh')], 1)).toBeUndefined()
  })
})
