import { describe, expect, it } from 'vitest'
import { wrapText, type MeasuringFont } from './wrapText'

// Every character half the size wide: widths are easy to reason about.
const mono: MeasuringFont = { widthOfTextAtSize: (text, size) => Array.from(text).length * size * 0.5 }
const width = (line: string) => mono.widthOfTextAtSize(line, 10)

describe('wrapping text', () => {
  it('keeps a line that fits as it is', () => {
    expect(wrapText('Đăng ký khai sinh', mono, 10, 100)).toEqual(['Đăng ký khai sinh'])
  })

  it('breaks between words and never past the width', () => {
    const lines = wrapText('Ủy ban nhân dân xã Phước Long tỉnh Bạc Liêu', mono, 10, 60)
    expect(lines).toEqual(['Ủy ban nhân', 'dân xã Phước', 'Long tỉnh', 'Bạc Liêu'])
    expect(lines.every((line) => width(line) <= 60)).toBe(true)
  })

  it('splits a word longer than the line between letters', () => {
    const lines = wrapText('https://example.vn/tra-cuu-ho-so?code=G01-260223-0001', mono, 10, 100)
    expect(lines.join('')).toBe('https://example.vn/tra-cuu-ho-so?code=G01-260223-0001')
    expect(lines.every((line) => width(line) <= 100)).toBe(true)
  })

  it('keeps a letter with its combining marks when splitting a word', () => {
    const lines = wrapText('nguyê\u0303n'.repeat(4), mono, 10, 25)
    expect(lines.every((line) => !/^\p{M}/u.test(line))).toBe(true)
  })

  it('starts a new line at each newline and collapses runs of spaces', () => {
    expect(wrapText('Tờ khai   bản chính\nBản sao', mono, 10, 200)).toEqual(['Tờ khai bản chính', 'Bản sao'])
  })
})
