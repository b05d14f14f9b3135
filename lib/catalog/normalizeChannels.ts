import { cleanText } from './cleanText'
import { parseFee } from './parseFee'
import { parseProcessingTime } from './parseProcessingTime'
import type { RawChannel } from './rawTypes'
import type { Channel, ChannelRecord, ReviewFlag } from './types'

const CHANNELS: Record<string, Channel> = {
  'Trực tiếp': 'inPerson',
  'Trực tuyến': 'online',
  'Dịch vụ bưu chính': 'postal',
}

/** Normalizes the submission channels with their processing time and fee (rows kept in order). */
export function normalizeChannels(raws: readonly RawChannel[]): { channels: ChannelRecord[]; flags: ReviewFlag[] } {
  const channels: ChannelRecord[] = []
  const flags: ReviewFlag[] = []
  for (const raw of raws) {
    const channel = CHANNELS[cleanText(raw.channel)]
    if (!channel) {
      flags.push({
        code: 'unknown-channel',
        message: `Cách thức thực hiện không xác định, không nhập: «${raw.channel}» (thời hạn «${raw.duration ?? ''}», phí «${raw.fee_and_note ?? ''}»)`,
      })
      continue
    }
    const fee = parseFee(raw.fee_and_note)
    const time = parseProcessingTime(raw, fee.feeText)
    channels.push({ channel, processingTime: time.processingTime, feeText: fee.feeText, free: fee.free })
    // Name the channel so that each channel's problem is its own flag.
    for (const flag of [...time.flags, ...fee.flags]) flags.push({ code: flag.code, message: `${cleanText(raw.channel)}: ${flag.message}` })
  }
  return { channels, flags }
}
