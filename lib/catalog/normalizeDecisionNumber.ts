import { cleanLine } from './cleanText'
import type { ReviewFlag } from './types'

// 6225/QĐ-BQP, 12a/QĐ-NHNN, 5710/QĐ-BCA-C06, 123/2020/QĐ-TTg.
const DECISION = /^(\d+[a-z]?)\/(?:(\d{4})\/)?QĐ-([A-ZĐ]+\d*(?:-[A-ZĐ]+\d*)*)$/u
// "QĐ2338-BTP": number and "QĐ" swapped and the slash lost.
const SWAPPED = /^QĐ(\d+[a-z]?)-([A-ZĐ]+\d*(?:-[A-ZĐ]+\d*)*)$/u

/** Removes wording and spacing variants: "Quyết định số 12 /QD-BTP" → "12/QĐ-BTP". */
function tidy(raw: string): string {
  return cleanLine(raw)
    .replace(/^(?:quyết định\s*)?(?:số\s*)?/iu, '')
    .replace(/\bQD\b/g, 'QĐ')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/(\d)\.\//, '$1/')
}

/**
 * Normalizes a publication decision number to the form `6225/QĐ-BQP`. Unrecognisable values
 * (bare "1681", "Demo/QĐ-BCA", the placeholder "QĐ/0001-BCA") give null and a flag quoting the
 * raw text; the swapped form "QĐ2338-BTP" is repaired, and flagged.
 */
export function normalizeDecisionNumber(raw: string | null | undefined): { decisionNumber: string | null; flags: ReviewFlag[] } {
  const source = cleanLine(raw)
  if (!source) return { decisionNumber: null, flags: [{ code: 'decision-missing', message: 'Thiếu số quyết định công bố' }] }
  const text = tidy(source)
  const match = DECISION.exec(text)
  if (match) {
    const [, number, year, issuer] = match
    return { decisionNumber: `${number}/${year ? `${year}/` : ''}QĐ-${issuer}`, flags: [] }
  }
  const swapped = SWAPPED.exec(text)
  if (swapped) {
    const decisionNumber = `${swapped[1]}/QĐ-${swapped[2]}`
    return {
      decisionNumber,
      flags: [{ code: 'decision-repaired', message: `Số quyết định công bố «${source}» được đọc là «${decisionNumber}»` }],
    }
  }
  const reason = /^\d+$/.test(text)
    ? 'thiếu ký hiệu cơ quan ban hành'
    : /^QĐ\/0\d+-/u.test(text)
      ? 'có vẻ là số giữ chỗ, không phải số quyết định thật'
      : 'không đúng dạng «số/QĐ-cơ quan»'
  return {
    decisionNumber: null,
    flags: [{ code: 'decision-unrecognised', message: `Không nhận dạng được số quyết định công bố «${source}» (${reason})` }],
  }
}
