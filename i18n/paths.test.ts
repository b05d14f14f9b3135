import { describe, expect, it } from 'vitest'
import { getPathname, localeHome, switchLocalePath } from './paths'

describe('switchLocalePath', () => {
  it('maps a Vietnamese page to its English path and back', () => {
    expect(switchLocalePath('/thu-tuc/dang-ky-khai-sinh', 'vi', 'en')).toBe('/en/procedures/dang-ky-khai-sinh')
    expect(switchLocalePath('/en/procedures/dang-ky-khai-sinh', 'en', 'vi')).toBe('/thu-tuc/dang-ky-khai-sinh')
  })

  it('understands the internal paths a page sees when rendered on the server', () => {
    expect(switchLocalePath('/vi/thu-tuc/dang-ky-khai-sinh', 'vi', 'en')).toBe('/en/procedures/dang-ky-khai-sinh')
    expect(switchLocalePath('/en/thu-tuc/dang-ky-khai-sinh', 'en', 'vi')).toBe('/thu-tuc/dang-ky-khai-sinh')
    expect(switchLocalePath('/vi', 'vi', 'en')).toBe('/en')
  })

  it('fills every parameter of a nested route', () => {
    expect(switchLocalePath('/linh-vuc/ho-tich/trang/2', 'vi', 'en')).toBe('/en/fields/ho-tich/page/2')
    expect(switchLocalePath('/en/faq/field/ho-tich', 'en', 'vi')).toBe('/hoi-dap/linh-vuc/ho-tich')
  })

  it('maps the home pages, with or without a trailing slash', () => {
    expect(switchLocalePath('/', 'vi', 'en')).toBe('/en')
    expect(switchLocalePath('/en', 'en', 'vi')).toBe('/')
    expect(switchLocalePath('/en/', 'en', 'vi')).toBe('/')
    expect(switchLocalePath('/hoi-dap/', 'vi', 'en')).toBe('/en/faq')
  })

  it('prefers a fixed route over a parameter (a listing, not a detail called "trang")', () => {
    expect(switchLocalePath('/quyet-dinh/trang/3', 'vi', 'en')).toBe('/en/decisions/page/3')
  })

  it('sends a path it does not know to the other home page', () => {
    expect(switchLocalePath('/khong-co/trang-nay', 'vi', 'en')).toBe('/en')
    expect(localeHome('vi')).toBe('/')
  })
})

describe('getPathname', () => {
  it('localizes a route and its parameters, with the English prefix', () => {
    expect(getPathname({ href: '/linh-vuc', locale: 'vi' })).toBe('/linh-vuc')
    expect(getPathname({ href: '/', locale: 'en' })).toBe('/en')
    expect(getPathname({ href: { pathname: '/linh-vuc/[slug]/trang/[page]', params: { slug: 'ho-tich', page: 2 } }, locale: 'en' })).toBe('/en/fields/ho-tich/page/2')
  })

  it('encodes parameters', () => {
    expect(getPathname({ href: { pathname: '/nop-ho-so/[code]', params: { code: '1.001193 a/b' } }, locale: 'vi' })).toBe('/nop-ho-so/1.001193%20a%2Fb')
  })
})
