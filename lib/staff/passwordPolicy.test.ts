import { describe, expect, it } from 'vitest'
import { passwordProblems } from './passwordPolicy'

const codes = (password: string, email?: string) => passwordProblems(password, email).map((p) => p.code)

describe('passwordProblems', () => {
  it('accepts a long password mixing letters, digits and symbols, Vietnamese letters included', () => {
    expect(codes('Correct-horse-battery-9')).toEqual([])
    expect(codes('Đường-Hoa-Sữa-2026')).toEqual([])
  })

  it('names every rule a password breaks', () => {
    expect(codes('short')).toEqual(['length', 'upper', 'digit', 'symbol'])
    expect(codes('ALLUPPERCASE-123')).toEqual(['lower'])
    expect(codes('nouppercase-1234')).toEqual(['upper'])
    expect(codes('No-Digits-At-All')).toEqual(['digit'])
    expect(codes('NoSymbolsAtAll123')).toEqual(['symbol'])
  })

  it('refuses the e-mail name and well-known patterns', () => {
    expect(codes('Nguyenvana-2026!', 'nguyenvana@portal.gov.vn')).toEqual(['email'])
    expect(codes('My-Password-2026')).toEqual(['common'])
    expect(codes('Xx-1234567890-yY')).toEqual(['common'])
  })

  it('says what is wrong in both admin languages', () => {
    expect(passwordProblems('Abc-12')[0]).toEqual({ code: 'length', vi: 'Mật khẩu phải có ít nhất 12 ký tự.', en: 'The password must have at least 12 characters.' })
  })
})
