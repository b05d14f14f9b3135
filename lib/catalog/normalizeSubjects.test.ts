import { describe, expect, it } from 'vitest'
import { normalizeSubjects } from './normalizeSubjects'

describe('normalizeSubjects', () => {
  it('rejoins the organisation label that the source split at its comma', () => {
    const result = normalizeSubjects(['Tổ chức (không bao gồm doanh nghiệp', 'HTX)', 'Doanh nghiệp'])
    expect(result.subjects).toEqual(['organization', 'enterprise'])
    expect(result.flags).toEqual([])
  })

  it('reads "Cán bộ", "công chức", "viên chức" as one subject', () => {
    expect(normalizeSubjects(['Cán bộ', 'công chức', 'viên chức']).subjects).toEqual(['civilServant'])
  })

  it('maps every known label', () => {
    const labels = [
      'Công dân Việt Nam',
      'Người Việt Nam định cư ở nước ngoài',
      'Người nước ngoài',
      'Người nước ngoài cư trú tại Việt Nam',
      'Doanh nghiệp',
      'Doanh nghiệp Việt Nam',
      'Doanh nghiệp có vốn đầu tư nước ngoài',
      'Hợp tác xã',
      'Tổ chức nước ngoài',
      'Đảng viên',
      'Tổ chức Đảng',
    ]
    expect(normalizeSubjects(labels).subjects).toEqual([
      'citizen',
      'overseasVietnamese',
      'foreigner',
      'enterprise',
      'foreignInvestedEnterprise',
      'cooperative',
      'foreignOrganization',
      'partyMember',
      'partyOrganization',
    ])
  })

  it('flags an unknown label and lists each subject once', () => {
    const result = normalizeSubjects(['Hộ kinh doanh', 'Doanh nghiệp', 'Doanh nghiệp Việt Nam'])
    expect(result.subjects).toEqual(['enterprise'])
    expect(result.flags).toEqual([{ code: 'unknown-subject', message: expect.stringContaining('«Hộ kinh doanh»') }])
  })
})
