import { describe, expect, it } from 'vitest'
import { breadcrumbJsonLd, isoDuration, procedureJsonLd } from './procedureJsonLd'

describe('procedureJsonLd', () => {
  it('describes a procedure as a GovernmentService with provider, area and channels', () => {
    const data = procedureJsonLd(
      {
        code: '1.000894',
        name: 'Thủ tục đăng ký kết hôn',
        ministryName: 'Bộ Tư pháp',
        fieldName: 'Hộ tịch',
        channels: [
          { channel: 'online', processingTime: { value: 5, unit: 'workingDays' } },
          { channel: 'inPerson', processingTime: { value: 1, unit: null } },
        ],
      },
      'https://portal.example/thu-tuc/dang-ky-ket-hon',
      'vi',
    )
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'Thủ tục đăng ký kết hôn',
      identifier: '1.000894',
      url: 'https://portal.example/thu-tuc/dang-ky-ket-hon',
      serviceType: 'Hộ tịch',
      provider: { '@type': 'GovernmentOrganization', name: 'Bộ Tư pháp' },
      areaServed: { '@type': 'Country', name: 'Việt Nam' },
      availableChannel: [
        { '@type': 'ServiceChannel', name: 'Trực tuyến', processingTime: 'P5D' },
        { '@type': 'ServiceChannel', name: 'Trực tiếp' },
      ],
    })
  })

  it('writes processing times as ISO 8601 durations and leaves unknown units out', () => {
    expect(isoDuration({ value: 8, unit: 'hours' })).toBe('PT8H')
    expect(isoDuration({ value: 2, unit: 'months' })).toBe('P2M')
    expect(isoDuration({ value: 1, unit: null })).toBeUndefined()
  })

  it('numbers breadcrumb items from 1', () => {
    expect(breadcrumbJsonLd([{ name: 'Trang chủ', url: 'https://p/' }, { name: 'X', url: 'https://p/x' }]).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://p/' },
      { '@type': 'ListItem', position: 2, name: 'X', item: 'https://p/x' },
    ])
  })
})
