import { describe, expect, it } from 'vitest'
import { parseContactForm } from './contactPreferences'

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe('contact preferences', () => {
  it('accepts an e-mail and a mobile number written with spaces and the country code', () => {
    const parsed = parseContactForm(form({ email: ' an@example.vn ', phone: '+84 912 345 678', byEmail: 'on', language: 'en' }))
    expect(parsed.success && parsed.data).toEqual({ email: 'an@example.vn', phone: '0912345678', byEmail: true, bySms: false, language: 'en' })
  })

  it('names each faulty field with a code the page translates', () => {
    const parsed = parseContactForm(form({ email: 'not-an-address', phone: '12345', bySms: 'on', language: 'fr' }))
    expect(parsed.success).toBe(false)
    const issues = Object.fromEntries(parsed.error!.issues.map((issue) => [issue.path.join('.'), issue.message]))
    expect(issues).toEqual({ email: 'email_invalid', phone: 'phone_invalid', language: 'language_invalid' })
  })

  it('asks for an address before notices can go to it', () => {
    const parsed = parseContactForm(form({ email: '', phone: '', byEmail: 'on', bySms: 'on', language: 'vi' }))
    expect(parsed.error!.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`)).toEqual(['email:email_needed', 'phone:phone_needed'])
  })
})
