import { cleanText } from './cleanText'
import type { DurationUnit, ProcessingTime, ReviewFlag } from './types'

const UNITS: Record<string, DurationUnit> = {
  'ngày làm việc': 'workingDays',
  'ngày': 'days',
  'giờ': 'hours',
  'giờ làm việc': 'workingHours',
  'tháng': 'months',
}

// When the crawler flattened "1 | 20.000 VNĐ" it glued the fee amount onto the duration
// ("120" with fee text "VNĐ"); the fee text then starts with a bare currency word.
const BARE_CURRENCY = /^(?:VNĐ|VND|Việt Nam Đồng|Đồng)/i

export interface RawDuration {
  duration: string | null
  duration_value: number | null
  duration_unit: string | null
}

/**
 * Reads a channel's processing time. Decisions:
 * - a number without unit (e.g. "1") keeps its value, unit null, flagged `duration-without-unit`
 *   because calendar vs working days is unknown;
 * - a number whose fee text starts with a bare currency word is a fee amount glued onto the
 *   duration: value null, flagged `duration-fee-glued` (the text is kept);
 * - no duration at all: flagged `duration-missing`;
 * - "Không quy định" or a deadline stated in words ("Chậm nhất là ngay trước khi tàu rời cảng")
 *   is a legitimate statement of the law, not a defect: value and unit null, no flag.
 */
export function parseProcessingTime(raw: RawDuration, feeText = ''): { processingTime: ProcessingTime; flags: ReviewFlag[] } {
  const text = cleanText(raw.duration)
  const rawUnit = cleanText(raw.duration_unit)
  const unit = UNITS[rawUnit.toLowerCase()] ?? null
  const value = typeof raw.duration_value === 'number' && Number.isFinite(raw.duration_value) ? raw.duration_value : null
  const flags: ReviewFlag[] = []

  if (value === null) {
    if (!text) flags.push({ code: 'duration-missing', message: 'Không có thời hạn giải quyết' })
    return { processingTime: { value: null, unit: null, text }, flags }
  }
  if (rawUnit && !unit) {
    flags.push({ code: 'duration-unit-unknown', message: `Đơn vị thời hạn không xác định: «${rawUnit}» (thời hạn «${text}»)` })
    return { processingTime: { value, unit: null, text }, flags }
  }
  if (unit) return { processingTime: { value, unit, text }, flags }
  if (BARE_CURRENCY.test(cleanText(feeText))) {
    flags.push({
      code: 'duration-fee-glued',
      message: `Thời hạn «${text}» có vẻ dính với mức phí («${cleanText(feeText).slice(0, 80)}»); cần nhập lại thời hạn và phí`,
    })
    return { processingTime: { value: null, unit: null, text }, flags }
  }
  flags.push({
    code: 'duration-without-unit',
    message: `Thời hạn «${text}» không có đơn vị (không rõ ngày làm việc hay ngày)`,
  })
  return { processingTime: { value, unit: null, text }, flags }
}
