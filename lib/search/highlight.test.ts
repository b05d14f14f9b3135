import { describe, expect, it } from 'vitest'
import { foldDiacritics, HIGHLIGHT_POST as POST, HIGHLIGHT_PRE as PRE, markedParts, toMarkedHtml } from './highlight'

describe('toMarkedHtml', () => {
  it('turns the marks into <mark> and escapes everything else', () => {
    expect(toMarkedHtml(`<b>${PRE}khai${POST} & "sinh"</b>`)).toBe('&lt;b&gt;<mark>khai</mark> &amp; &quot;sinh&quot;&lt;/b&gt;')
  })

  it('closes a mark cut off by a crop and drops a stray closing one', () => {
    expect(toMarkedHtml(`a ${PRE}khai`)).toBe('a <mark>khai</mark>')
    expect(toMarkedHtml(`sinh${POST} b`)).toBe('sinh b')
  })
})

describe('markedParts', () => {
  it('lists the marked words, splitting a marked phrase into words', () => {
    expect(markedParts(`${PRE}Đăng${POST} ${PRE}ký${POST} khai ${PRE}sinh lưu${POST} động`)).toEqual(['Đăng', 'ký', 'sinh', 'lưu'])
    expect(markedParts('no marks')).toEqual([])
  })
})

describe('foldDiacritics', () => {
  it('folds Vietnamese as citizens type it without diacritics', () => {
    expect(foldDiacritics('Đăng ký khai sinh, Hộ tịch')).toBe('dang ky khai sinh, ho tich')
  })
})
