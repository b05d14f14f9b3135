import { afterEach, describe, expect, it } from 'vitest'
import { seal, unseal } from './secretBox'

const original = process.env.PAYLOAD_SECRET

afterEach(() => {
  process.env.PAYLOAD_SECRET = original
})

describe('secrets kept encrypted', () => {
  it('read back only with the same key and purpose', () => {
    process.env.PAYLOAD_SECRET = 'one-secret'
    const stored = seal('KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU', 'totp')
    expect(stored).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/)
    expect(stored).not.toContain('KRSXG5CT')
    expect(seal('same', 'totp')).not.toBe(seal('same', 'totp'))
    expect(unseal(stored, 'totp')).toBe('KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU')
    expect(unseal(stored, 'other purpose')).toBeNull()
    process.env.PAYLOAD_SECRET = 'another-secret'
    expect(unseal(stored, 'totp')).toBeNull()
  })

  it('refuse what was tampered with or is not sealed', () => {
    process.env.PAYLOAD_SECRET = 'one-secret'
    const [v, iv, tag, body] = seal('secret', 'totp').split(':')
    const flipped = `${body![0] === 'A' ? 'B' : 'A'}${body!.slice(1)}`
    expect(unseal([v, iv, tag, flipped].join(':'), 'totp')).toBeNull()
    expect(unseal('KRSXG5CTMVRXEZLU', 'totp')).toBeNull()
    expect(unseal(null, 'totp')).toBeNull()
  })
})
