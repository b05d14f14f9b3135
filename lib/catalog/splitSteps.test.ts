import { describe, expect, it } from 'vitest'
import { splitSteps } from './splitSteps'

/** Every non-whitespace character, in order. */
const ink = (text: string) => text.replace(/\s+/g, '')

describe('splitSteps', () => {
  it('starts a step at "Bước" and at bullets, appending other lines to the previous step', () => {
    const text = 'Bước 1: Nộp hồ sơ.\nHồ sơ nộp tại bộ phận một cửa.\n- Kiểm tra hồ sơ\n+ Nếu đủ thì nhận\n* Lưu ý: miễn phí'
    expect(splitSteps(text)).toEqual([
      'Bước 1: Nộp hồ sơ.\nHồ sơ nộp tại bộ phận một cửa.',
      '- Kiểm tra hồ sơ',
      '+ Nếu đủ thì nhận',
      '* Lưu ý: miễn phí',
    ])
  })

  it('starts a step at roman numerals, numbering and letters', () => {
    const text = '(i) Tiếp nhận\n(ii) Thẩm tra\niii) Trả kết quả\n1. Một\n1.2. Một hai\na) Nộp trực tiếp'
    expect(splitSteps(text)).toHaveLength(6)
  })

  it('keeps text before the first marker as the first step', () => {
    expect(splitSteps('Người yêu cầu nộp hồ sơ.\n- Bước tiếp theo')).toEqual(['Người yêu cầu nộp hồ sơ.', '- Bước tiếp theo'])
  })

  it('does not start a step at a number that is not numbering', () => {
    expect(splitSteps('Bước 1: Nộp lệ phí\n2.000 đồng mỗi bản')).toEqual(['Bước 1: Nộp lệ phí\n2.000 đồng mỗi bản'])
  })

  it('trims lines and drops empty ones', () => {
    expect(splitSteps('  \n- Một  \n\n   \n- Hai\n')).toEqual(['- Một', '- Hai'])
    expect(splitSteps('')).toEqual([])
    expect(splitSteps(null)).toEqual([])
  })

  it('never loses text', () => {
    const text = 'Bước 1:   Nộp\r\n  tiếp \n\n(i) a\n- b\n+ c\n* d\n1. e\nf'
    expect(ink(splitSteps(text).join(''))).toBe(ink(text))
  })
})
