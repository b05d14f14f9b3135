import { describe, expect, it } from 'vitest'
import { distance } from './searchMeilisearch'
import { synonymsOf } from './synonyms'

describe('synonymsOf', () => {
  it('makes mutual entries point both ways and one-way entries one way, merging repeats', () => {
    expect(
      synonymsOf([
        { words: ['CCCD', 'căn cước công dân'] },
        { words: ['sổ đỏ'], expandsTo: ['giấy chứng nhận quyền sử dụng đất'] },
        { words: ['cccd'], expandsTo: ['thẻ căn cước'] },
      ]),
    ).toEqual({
      cccd: ['căn cước công dân', 'thẻ căn cước'],
      'căn cước công dân': ['cccd'],
      'sổ đỏ': ['giấy chứng nhận quyền sử dụng đất'],
    })
  })
})

describe('distance', () => {
  it('counts a swap of neighbouring letters as one typo', () => {
    expect(distance('sihn', 'sinh')).toBe(1)
    expect(distance('khai', 'khai')).toBe(0)
    expect(distance('dang', 'dangw')).toBe(1)
    expect(distance('ho', 'tich')).toBe(4)
  })
})
