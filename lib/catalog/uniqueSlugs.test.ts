import { describe, expect, it } from 'vitest'
import { uniqueSlugs } from './uniqueSlugs'

describe('uniqueSlugs', () => {
  it('uses the name, then the qualified name, then a number', () => {
    const slugs = uniqueSlugs(
      [
        { key: '26734', text: 'Xã Tân Phú', qualifiedText: 'Xã Tân Phú Đồng Nai' },
        { key: '00001', text: 'Xã Tân Phú', qualifiedText: 'Xã Tân Phú Hà Nội' },
        { key: '30000', text: 'Xã Tân Phú', qualifiedText: 'Xã Tân Phú Đồng Nai' },
      ],
      new Set(),
    )
    expect(Object.fromEntries(slugs)).toEqual({ '00001': 'xa-tan-phu', '26734': 'xa-tan-phu-dong-nai', '30000': 'xa-tan-phu-2' })
  })

  it('never reuses a slug already taken', () => {
    const taken = new Set(['163-qd-btp'])
    expect(uniqueSlugs([{ key: '163/QĐ-BTP', text: '163/QĐ-BTP' }], taken).get('163/QĐ-BTP')).toBe('163-qd-btp-2')
    expect(taken.has('163-qd-btp-2')).toBe(true)
  })

  it('lets a lower rank choose first', () => {
    const slugs = uniqueSlugs([{ key: 'a', text: 'Bộ Công thương', rank: 1 }, { key: 'b', text: 'Bộ Công Thương', rank: 0 }], new Set())
    expect(slugs.get('b')).toBe('bo-cong-thuong')
  })
})
