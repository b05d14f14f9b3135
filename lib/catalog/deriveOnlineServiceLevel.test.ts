import { describe, expect, it } from 'vitest'
import { deriveOnlineServiceLevel } from './deriveOnlineServiceLevel'

describe('deriveOnlineServiceLevel', () => {
  it('is none without an online channel', () => {
    expect(deriveOnlineServiceLevel(['inPerson', 'postal'])).toBe('none')
    expect(deriveOnlineServiceLevel([])).toBe('none')
  })

  it('is partial when online sits beside other channels', () => {
    expect(deriveOnlineServiceLevel(['inPerson', 'online', 'postal'])).toBe('partial')
  })

  it('is full when online is the only channel', () => {
    expect(deriveOnlineServiceLevel(['online', 'online'])).toBe('full')
  })
})
