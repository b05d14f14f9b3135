import { describe, expect, it } from 'vitest'
import { aliasMatcher } from './aliases'

describe('aliasMatcher', () => {
  const match = aliasMatcher([
    { words: ['sổ đỏ', 'sổ hồng'], expandsTo: ['giấy chứng nhận quyền sử dụng đất'] },
    { words: ['cccd', 'căn cước công dân'] },
    { words: ['bình dương'], expandsTo: ['hồ chí minh'] },
  ])

  it('gives a title the everyday words of the official phrases it contains', () => {
    expect(match('Cấp Giấy chứng nhận quyền sử dụng đất lần đầu').sort()).toEqual(['sổ hồng', 'sổ đỏ'])
    expect(match('Sở Tư pháp Thành phố Hồ Chí Minh')).toEqual(['bình dương'])
  })

  it('gives the other members of a mutual entry to a title holding a multi-word one', () => {
    expect(match('Cấp thẻ Căn cước công dân')).toEqual(['cccd'])
    expect(match('Cấp lại CCCD')).toEqual([])
  })

  it('leaves one-word phrases to the synonyms', () => {
    expect(aliasMatcher([{ words: ['ký', 'kí'] }])('Đăng ký khai sinh')).toEqual([])
  })

  it('matches whole words only, diacritics included', () => {
    expect(match('Giấy chứng nhận quyền sử dụng đấtđai')).toEqual([])
    expect(match('giay chung nhan quyen su dung dat')).toEqual([])
  })
})
