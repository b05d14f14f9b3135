import { cleanText } from './cleanText'
import type { ReviewFlag } from './types'

// An amount of money: "50.000 đồng", "1.200.000 VNĐ", "01 triệu đồng", "20.000Đ", "0 Đồng".
const AMOUNT = /(\d[\d.,]*)\s*(?:(?:triệu|nghìn|ngàn)\s+)?(?:Việt Nam Đồng|VNĐ|VND|đồng|đ)(?![\p{L}])/giu

/** Positive and zero amounts of money stated in a fee text. */
function findAmounts(text: string): { positive: boolean; zero: boolean } {
  let positive = false
  let zero = false
  for (const match of text.matchAll(AMOUNT)) {
    if (/[1-9]/.test(match[1])) positive = true
    else zero = true
  }
  return { positive, zero }
}

/**
 * Reads a channel's "fee and note" text. The source writes "Miễn phí" whenever its fee amount
 * field was empty, so a "Miễn phí" followed by a note that names a positive amount
 * ("Miễn phí(150.000 đồng/giấy)") is a contradiction: not free, and flagged.
 */
export function parseFee(raw: string | null): { feeText: string; free: boolean; flags: ReviewFlag[] } {
  const feeText = cleanText(raw)
  const { positive, zero } = findAmounts(feeText)
  const saysFree = /^miễn phí/i.test(feeText)
  const flags: ReviewFlag[] = []
  if (saysFree && positive) {
    flags.push({
      code: 'fee-contradictory',
      message: `Phí, lệ phí ghi «Miễn phí» nhưng nêu mức thu cụ thể: «${feeText}»`,
    })
  }
  return { feeText, free: (saysFree || zero) && !positive, flags }
}
