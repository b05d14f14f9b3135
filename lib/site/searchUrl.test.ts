import { describe, expect, it } from 'vitest'
import { parseSearchParams } from '@/lib/search/parseSearchParams'
import { hasFilters, searchParamsOf, searchUrl } from './searchUrl'

describe('searchUrl', () => {
  it('puts the parameters in a fixed order and leaves out page 1 and the default page size', () => {
    expect(searchUrl({ page: 1, q: 'khai sinh', limit: 10, field: 'ho-tich', type: 'procedure' }, 'vi')).toBe('/tim-kiem?q=khai+sinh&type=procedure&field=ho-tich')
  })
  it('uses the English path and keeps false, later pages and other page sizes', () => {
    expect(searchUrl({ q: 'birth', online: false, page: 3, limit: 20 }, 'en')).toBe('/en/search?q=birth&online=false&page=3&limit=20')
  })
  it('is the bare results page without parameters', () => {
    expect(searchUrl({}, 'vi')).toBe('/tim-kiem')
  })
  it('gives URLs that parse back to the same search', () => {
    const query = { q: 'đất & nhà', type: 'faq', ministry: 'bo-tu-phap', level: 'province', online: true, page: 2, limit: 10, locale: 'vi' } as const
    const url = new URL(searchUrl(query, 'vi'), 'http://localhost')
    expect(parseSearchParams(url.searchParams)).toEqual({ ok: true, query })
  })
})

describe('hasFilters', () => {
  it('counts online=false as a filter but not the words or the type', () => {
    expect(hasFilters({ online: false })).toBe(true)
    expect(hasFilters({ q: 'x', type: 'faq' })).toBe(false)
  })
})

describe('searchParamsOf', () => {
  it('keeps repeated parameters, so that parseSearchParams refuses them', () => {
    expect(searchParamsOf({ q: 'a', type: ['faq', 'agency'] }).toString()).toBe('q=a&type=faq&type=agency')
  })
  it('cuts an overlong query and leaves the locale to the route', () => {
    const params = searchParamsOf({ q: 'x'.repeat(250), locale: 'en' })
    expect(params.get('q')).toHaveLength(200)
    expect(params.has('locale')).toBe(false)
  })
})
