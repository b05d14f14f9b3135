import { cleanText } from './cleanText'
import type { ImplementationLevel, ReviewFlag } from './types'

const LEVELS: Record<string, ImplementationLevel> = {
  'Cấp bộ': 'ministry',
  'Cấp tỉnh': 'province',
  'Cấp xã': 'commune',
  'Cơ quan khác': 'other',
}

/** Maps the source level labels ("Cấp xã") to implementation levels, flagging unknown ones. */
export function mapLevels(labels: readonly string[]): { levels: ImplementationLevel[]; flags: ReviewFlag[] } {
  const levels: ImplementationLevel[] = []
  const flags: ReviewFlag[] = []
  for (const label of labels) {
    const level = LEVELS[cleanText(label)]
    if (!level) flags.push({ code: 'unknown-level', message: `Cấp thực hiện không xác định: «${label}»` })
    else if (!levels.includes(level)) levels.push(level)
  }
  return { levels, flags }
}
