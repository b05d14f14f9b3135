import { durationUnitOptions, optionLabel } from './options'
import type { DurationUnit } from './types'

interface ProcessingTimeLike {
  value?: number | null
  unit?: DurationUnit | null
  text?: string | null
}

/**
 * A processing time as citizens read it: "5 ngày làm việc" when value and unit are known,
 * otherwise the text as published (the unit was lost in the source), never a guess.
 */
export function formatProcessingTime(time: ProcessingTimeLike | null | undefined, locale: 'vi' | 'en'): string {
  if (time?.value != null && time.unit) {
    const unit = optionLabel(durationUnitOptions, time.unit, locale)
    const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(time.value)
    return `${number} ${unit.toLowerCase()}`
  }
  return time?.text?.trim() ?? ''
}
