import { describe, expect, it } from 'vitest'
import { checkTotp, newTotpSecret, totpCode, totpRequiredRoles, totpUri } from './totp'

const at = new Date('2026-11-23T10:00:10Z')

describe('two-factor codes', () => {
  const secret = newTotpSecret()

  it('accepts the current code and the neighbouring periods, nothing further', async () => {
    expect(await checkTotp(secret, await totpCode(secret, at), null, at)).toMatchObject({ ok: true })
    expect((await checkTotp(secret, await totpCode(secret, new Date(at.getTime() - 30_000)), null, at)).ok).toBe(true)
    expect((await checkTotp(secret, await totpCode(secret, new Date(at.getTime() + 30_000)), null, at)).ok).toBe(true)
    expect(await checkTotp(secret, await totpCode(secret, new Date(at.getTime() - 120_000)), null, at)).toEqual({ ok: false, reason: 'wrong' })
  })

  it('refuses a code used once already, and malformed input', async () => {
    const code = await totpCode(secret, at)
    const first = await checkTotp(secret, code, null, at)
    expect(first.ok).toBe(true)
    expect(await checkTotp(secret, code, first.ok ? first.step : 0, at)).toEqual({ ok: false, reason: 'wrong' })
    for (const bad of ['', '12345', '1234567', 'abcdef', 123456, null]) expect(await checkTotp(secret, bad, null, at)).toEqual({ ok: false, reason: 'format' })
    expect((await checkTotp(secret, ` ${code.slice(0, 3)} ${code.slice(3)} `, null, at)).ok).toBe(true)
  })

  it('gives authenticator apps an otpauth address naming the portal and the account', () => {
    const uri = totpUri('bien.tap@btp.gov.vn', secret)
    expect(uri).toMatch(/^otpauth:\/\/totp\//)
    expect(uri).toContain(`secret=${secret}`)
    expect(decodeURIComponent(uri)).toContain('Cổng Dịch vụ công')
  })

  it('is required of administrators unless configured otherwise', () => {
    expect(totpRequiredRoles(undefined)).toEqual(['admin', 'agencyAdmin'])
    expect(totpRequiredRoles('admin, editor')).toEqual(['admin', 'editor'])
    expect(totpRequiredRoles('')).toEqual([])
  })
})

describe('without a readable secret', () => {
  it('accepts no code', async () => {
    expect(await checkTotp('', '123456')).toEqual({ ok: false, reason: 'wrong' })
  })
})
