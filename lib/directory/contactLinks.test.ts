import { describe, expect, it } from 'vitest'
import { formatPhone, phoneLinks, websiteHref, websiteText } from './contactLinks'

describe('phoneLinks', () => {
  it('links a number written with spaces and dots by its digits', () => {
    expect(phoneLinks('024.3823 4567')).toEqual([{ text: '024.3823 4567', href: 'tel:02438234567' }])
  })
  it('keeps the leading plus of an international number', () => {
    expect(phoneLinks('+84 24 3823 4567')).toEqual([{ text: '+84 24 3823 4567', href: 'tel:+842438234567' }])
  })
  it('splits several numbers written in one field', () => {
    expect(phoneLinks('024 3823 4567; 0912 345 678').map((p) => p.href)).toEqual(['tel:02438234567', 'tel:0912345678'])
    expect(phoneLinks('1900 1234 hoặc 1800 5678').map((p) => p.href)).toEqual(['tel:19001234', 'tel:18005678'])
  })
  it('links the short emergency numbers', () => {
    expect(phoneLinks('113')).toEqual([{ text: '113', href: 'tel:113' }])
  })
  it('gives nothing for an empty field or a part without a number', () => {
    expect(phoneLinks(null)).toEqual([])
    expect(phoneLinks('')).toEqual([])
    expect(phoneLinks('024 3823 4567, máy lẻ 12')).toEqual([{ text: '024 3823 4567', href: 'tel:02438234567' }])
  })
})

describe('formatPhone', () => {
  it('groups bare digits as the number is read aloud', () => {
    expect(formatPhone('18001096')).toBe('1800 1096')
    expect(formatPhone('02438234567')).toBe('024 3823 4567')
    expect(formatPhone('0912345678')).toBe('0912 345 678')
  })
  it('leaves short and already spaced numbers as typed', () => {
    expect(formatPhone('113')).toBe('113')
    expect(formatPhone('024.3823 4567')).toBe('024.3823 4567')
  })
  it('is used for the text of phone links', () => {
    expect(phoneLinks('18001096')).toEqual([{ text: '1800 1096', href: 'tel:18001096' }])
  })
})

describe('websiteHref', () => {
  it('adds https when the scheme is missing', () => {
    expect(websiteHref('bocongan.gov.vn')).toBe('https://bocongan.gov.vn')
  })
  it('keeps a full address as it is', () => {
    expect(websiteHref('http://moj.gov.vn/')).toBe('http://moj.gov.vn/')
  })
  it('gives null for an empty field', () => {
    expect(websiteHref('  ')).toBeNull()
    expect(websiteHref(undefined)).toBeNull()
  })
})

describe('websiteText', () => {
  it('drops the scheme and the trailing slash', () => {
    expect(websiteText('https://moj.gov.vn/')).toBe('moj.gov.vn')
  })
})
