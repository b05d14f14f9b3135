import { describe, expect, it } from 'vitest'
import { defaultReturnTo, safeReturnTo } from './returnTo'

describe('safeReturnTo', () => {
  it('keeps a page of the site with its query and fragment', () => {
    expect(safeReturnTo('/nop-ho-so/1.001193?buoc=2#giay-to')).toBe('/nop-ho-so/1.001193?buoc=2#giay-to')
    expect(safeReturnTo('/en/account')).toBe('/en/account')
  })

  it.each([
    ['another site', 'https://evil.example/phish'],
    ['a protocol-relative address', '//evil.example/phish'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a scheme', 'javascript:alert(1)'],
    ['a relative path', 'tai-khoan'],
    ['a tab inside the host part', '/\t/evil.example'],
    ['an encoded line break', '/%0d%0aSet-Cookie:x=1'.replace('%0d%0a', '\r\n')],
    ['the API', '/api/auth/sign-out'],
    ['the admin', '/admin'],
    ['nothing', undefined],
    ['not a string', ['/tai-khoan']],
  ])('refuses %s', (_, value) => {
    expect(safeReturnTo(value)).toBe(defaultReturnTo)
  })

  it('normalises dot segments without leaving the site', () => {
    expect(safeReturnTo('/thu-tuc/../../../etc/passwd')).toBe('/etc/passwd')
  })
})
