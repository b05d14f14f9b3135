import { describe, expect, it } from 'vitest'
import { pagesAround } from './pagesAround'

describe('pagesAround', () => {
  it('shows the ends and two pages on each side, with gaps', () => {
    expect(pagesAround(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20])
  })
  it('has no gaps when the pages are few', () => {
    expect(pagesAround(1, 3)).toEqual([1, 2, 3])
    expect(pagesAround(2, 5)).toEqual([1, 2, 3, 4, 5])
  })
})
