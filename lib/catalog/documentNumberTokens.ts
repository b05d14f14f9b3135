/**
 * The letter groups of Vietnamese legal document numbers (Decree 30/2020/NĐ-CP on document
 * formats): a document-type token (NĐ, TT, QĐ …) followed by issuer tokens (CP, BTC …), or a
 * legislature token (QH13, UBTVQH14) alone.
 */

export const DOCUMENT_TYPE_TOKENS = new Set(['NĐ', 'TT', 'TTLT', 'QĐ', 'NQ', 'NQLT', 'PL', 'L', 'VBHN', 'CT'])

/** Issuer tokens with the issuing body's name; null where the token does not say which body. */
export const ISSUER_NAMES: Readonly<Record<string, string | null>> = {
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  BTC: 'Bộ Tài chính',
  BTP: 'Bộ Tư pháp',
  BCA: 'Bộ Công an',
  BQP: 'Bộ Quốc phòng',
  NHNN: 'Ngân hàng Nhà nước Việt Nam',
  BXD: 'Bộ Xây dựng',
  BNNMT: 'Bộ Nông nghiệp và Môi trường',
  BGTVT: 'Bộ Giao thông vận tải',
  BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
  BTNMT: 'Bộ Tài nguyên và Môi trường',
  BKHĐT: 'Bộ Kế hoạch và Đầu tư',
  BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội',
  BYT: 'Bộ Y tế',
  BCT: 'Bộ Công Thương',
  BNV: 'Bộ Nội vụ',
  BKHCN: 'Bộ Khoa học và Công nghệ',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BNG: 'Bộ Ngoại giao',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  BDTTG: 'Bộ Dân tộc và Tôn giáo',
  UBDT: 'Ủy ban Dân tộc',
  VPCP: 'Văn phòng Chính phủ',
  BHXH: 'Bảo hiểm xã hội Việt Nam',
  TTCP: 'Thanh tra Chính phủ',
  KTNN: 'Kiểm toán nhà nước',
  TANDTC: 'Tòa án nhân dân tối cao',
  VKSNDTC: 'Viện kiểm sát nhân dân tối cao',
  HĐTP: 'Hội đồng Thẩm phán Tòa án nhân dân tối cao',
  VPQH: 'Văn phòng Quốc hội',
  CTN: 'Chủ tịch nước',
  UBTWMTTQVN: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  UBTƯMTTQVN: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  CSXH: null,
  UBND: null,
  HĐND: null,
}

const LEGISLATURE = /^(?:QH|UBTVQH)\d+$/

const KNOWN_TOKENS = [...DOCUMENT_TYPE_TOKENS, ...Object.keys(ISSUER_NAMES), 'QH', 'UBTVQH']

/** True for a legislature token such as QH13 or UBTVQH14. */
export function isLegislatureToken(token: string): boolean {
  return LEGISLATURE.test(token)
}

/** True when the token is a document type, a known issuer or a legislature. */
export function isKnownToken(token: string): boolean {
  return DOCUMENT_TYPE_TOKENS.has(token) || token in ISSUER_NAMES || isLegislatureToken(token)
}

/** True when the token is the cut-off start of a known token ("T" of TTg, "BT" of BTC). */
export function isTruncatedToken(token: string): boolean {
  return !isKnownToken(token) && KNOWN_TOKENS.some((known) => known.length > token.length && known.startsWith(token))
}

/**
 * The longest known token that the given letters start with, when they are not a token
 * themselves: "BTCQUY" (a code glued to an upper-case title) → "BTC".
 */
export function knownTokenPrefix(letters: string): string | null {
  if (isKnownToken(letters)) return null
  let best: string | null = null
  for (const known of KNOWN_TOKENS) {
    if (letters.startsWith(known) && known.length < letters.length && (!best || known.length > best.length)) best = known
  }
  const legislature = /^(?:QH|UBTVQH)\d+/.exec(letters)
  if (legislature && (!best || legislature[0].length > best.length)) best = legislature[0]
  return best
}
