import { cleanText } from './cleanText'
import type { RawProcedure } from './rawTypes'
import { validateProcedureCode } from './validateProcedureCode'

/** Reasons (Vietnamese) why a raw procedure cannot be imported at all; empty when it can. */
export function findRejectionReasons(raw: RawProcedure): string[] {
  const reasons: string[] = []
  const code = cleanText(raw.code)
  if (!validateProcedureCode(code)) reasons.push(`Mã thủ tục không hợp lệ: «${raw.code ?? ''}»`)
  if (!cleanText(raw.name)) reasons.push('Thiếu tên thủ tục')
  if (!cleanText(raw.ministry)) reasons.push('Thiếu bộ, ngành quản lý')
  if (!cleanText(raw.field)) reasons.push('Thiếu lĩnh vực')
  return reasons
}
