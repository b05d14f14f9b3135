import { describe, expect, it } from 'vitest'
import { parseSearchParams } from './parseSearchParams'

const parse = (query: string) => parseSearchParams(new URLSearchParams(query))

describe('parseSearchParams', () => {
  it('fills the defaults and tidies the query', () => {
    expect(parse('q=%20%20dang%20%20ky%20')).toEqual({ ok: true, query: { q: 'dang ky', page: 1, limit: 10, locale: 'vi' } })
  })

  it('reads every filter', () => {
    const result = parse('q=x&type=procedure&field=ho-tich&ministry=bo-tu-phap&level=commune&online=true&page=2&limit=20&locale=en')
    expect(result).toEqual({
      ok: true,
      query: { q: 'x', type: 'procedure', field: 'ho-tich', ministry: 'bo-tu-phap', level: 'commune', online: true, page: 2, limit: 20, locale: 'en' },
    })
  })

  it('treats empty filters as absent (a GET form sends them)', () => {
    expect(parse('q=x&type=&field=&online=')).toMatchObject({ ok: true, query: { q: 'x' } })
  })

  it('refuses bad values with the parameter and the reason', () => {
    const result = parse(`q=${'a'.repeat(201)}&type=law&page=0&limit=500&online=yes&field=Hộ tịch&locale=fr&sort=x&page=3`)
    expect(result.ok).toBe(false)
    const params = result.ok ? [] : result.issues.map((i) => i.param)
    expect(params).toEqual(expect.arrayContaining(['q', 'type', 'page', 'limit', 'online', 'field', 'locale', 'sort']))
    expect(result.ok ? '' : result.issues.find((i) => i.param === 'q')!.message).toBe('must be at most 200 characters')
    expect(result.ok ? '' : result.issues.find((i) => i.param === 'page')!.message).toBe('is given more than once')
  })

  it('normalizes Unicode so that a decomposed "đăng ký" equals the composed one', () => {
    const result = parse(`q=${encodeURIComponent('đăng ký'.normalize('NFD'))}`)
    expect(result.ok && result.query.q).toBe('đăng ký')
  })
})
