import { describe, expect, it } from 'vitest'
import { formatDossierCode } from './dossierCode'

describe('dossier codes', () => {
  it('join the agency code, the day and a four-digit count', () => {
    expect(formatDossierCode('G01', '2026-11-24', 7)).toBe('G01-261124-0007')
    expect(formatDossierCode('000.00.12.H29', '2026-02-23', 12345)).toBe('000.00.12.H29-260223-12345')
  })

  it('keep only letters, digits and dots of the agency code', () => {
    expect(formatDossierCode(' bộ-tp ', '2026-01-05', 1)).toBe('BTP-260105-0001')
  })
})
