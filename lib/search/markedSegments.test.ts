import { describe, expect, it } from 'vitest'
import { toMarkedHtml } from './highlight'
import { markedSegments } from './markedSegments'

describe('markedSegments', () => {
  it('splits highlighted text into plain and marked segments', () => {
    expect(markedSegments('Thủ tục <mark>đăng ký</mark> <mark>khai sinh</mark>')).toEqual([
      { text: 'Thủ tục ', marked: false },
      { text: 'đăng ký', marked: true },
      { text: ' ', marked: false },
      { text: 'khai sinh', marked: true },
    ])
  })
  it('turns the escaped characters back into text once, so that React escapes them again', () => {
    expect(markedSegments(toMarkedHtml('a <b> & "c" \u0002d\'\u0003 &amp;'))).toEqual([
      { text: 'a <b> & "c" ', marked: false },
      { text: "d'", marked: true },
      { text: ' &amp;', marked: false },
    ])
  })
  it('keeps a lone tag as visible text rather than markup', () => {
    expect(markedSegments('x &lt;mark&gt; <mark>y')).toEqual([{ text: 'x <mark> <mark>y', marked: false }])
  })
})
