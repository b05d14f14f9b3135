import { describe, expect, it } from 'vitest'
import { cleanLine, cleanText } from './cleanText'

describe('cleanText', () => {
  it('removes invisible left-to-right marks inside words', () => {
    expect(cleanText('đăng k\u200eý hộ tịch')).toBe('đăng ký hộ tịch')
  })

  it('composes decomposed Vietnamese so equal words compare equal', () => {
    expect(cleanText('Thu\u0309 tu\u0323c')).toBe('Thủ tục')
  })

  it('trims and turns null into an empty string', () => {
    expect(cleanText('  Không \n')).toBe('Không')
    expect(cleanText(null)).toBe('')
  })

  it('keeps line breaks, which cleanLine collapses', () => {
    expect(cleanText('a\nb')).toBe('a\nb')
    expect(cleanLine('a \n  b')).toBe('a b')
  })
})
