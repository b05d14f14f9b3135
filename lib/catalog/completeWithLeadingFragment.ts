import { readDocumentNumber } from './findDocumentNumbers'

// The start of a title that may be the cut-off end of a number: "Tg …", "Đ- CP …", "T- BQP-BTC…".
const FRAGMENT = /^(?:Tg|\p{Lu}[\p{Lu}0-9]*)(?:\s*-\s*(?:TTg|\p{Lu}[\p{Lu}0-9]*))*/u

/**
 * The crawler cut some numbers in two, the rest starting the next title: code "09/2023/QĐ-T"
 * with title "Tg ngày 30/12/2025 …". Returns the completed number and the title without the
 * fragment, when the two join into a complete number and the fragment ends at a word boundary.
 */
export function completeWithLeadingFragment(code: string, title: string): { code: string; rest: string } | null {
  const fragment = FRAGMENT.exec(title)
  if (!fragment) return null
  const joined = code + fragment[0]
  const match = readDocumentNumber(joined)
  if (!match || match.start !== 0 || match.status !== 'valid' || match.end <= code.length) return null
  const rest = title.slice(match.end - code.length)
  // "Thông tư …" starts with "T" but the word goes on: not a fragment.
  if (/^\p{Ll}/u.test(rest)) return null
  return { code: match.code, rest }
}
