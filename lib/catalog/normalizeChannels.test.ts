import { describe, expect, it } from 'vitest'
import { normalizeChannels } from './normalizeChannels'

const row = (channel: string, duration: string | null, value: number | null, unit: string | null, fee = 'Miễn phí') => ({
  channel,
  duration,
  duration_value: value,
  duration_unit: unit,
  fee_and_note: fee,
})

describe('normalizeChannels', () => {
  it('maps the three channels with their time and fee', () => {
    const { channels } = normalizeChannels([
      row('Trực tiếp', '5 Ngày làm việc', 5, 'Ngày làm việc', 'Lệ phí : 50.000 Đồng'),
      row('Trực tuyến', '5 Ngày làm việc', 5, 'Ngày làm việc'),
      row('Dịch vụ bưu chính', '5 Ngày làm việc', 5, 'Ngày làm việc'),
    ])
    expect(channels.map((channel) => channel.channel)).toEqual(['inPerson', 'online', 'postal'])
    expect(channels[0]).toEqual({
      channel: 'inPerson',
      processingTime: { value: 5, unit: 'workingDays', text: '5 Ngày làm việc' },
      feeText: 'Lệ phí : 50.000 Đồng',
      free: false,
    })
  })

  it('names the channel in each flag so that identical rows stay distinct', () => {
    const { flags } = normalizeChannels([row('Trực tuyến', '1', 1, null), row('Trực tiếp', '1', 1, null)])
    expect(flags.map((flag) => flag.message)).toEqual([
      expect.stringMatching(/^Trực tuyến: .*«1»/),
      expect.stringMatching(/^Trực tiếp: .*«1»/),
    ])
  })

  it('flags an unknown channel instead of importing it', () => {
    const result = normalizeChannels([row('Qua điện thoại', null, null, null)])
    expect(result.channels).toEqual([])
    expect(result.flags).toEqual([{ code: 'unknown-channel', message: expect.stringContaining('«Qua điện thoại»') }])
  })
})
