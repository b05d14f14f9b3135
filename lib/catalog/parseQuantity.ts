import { cleanLine } from './cleanText'

// The two published formats: "1 bản chính,1 bản sao" (dichvucong pages) and
// "Bản chính: 1; Bản sao: 0" (csdl .doc exports).
const COUNT_THEN_KIND = /(\d+)\s*bản\s+(chính|sao)/giu
const KIND_THEN_COUNT = /bản\s+(chính|sao)\s*:\s*(\d+)/giu

/** Parses a dossier quantity text into numbers of originals and copies; null when unreadable. */
export function parseQuantity(text: string | null | undefined): { originals: number; copies: number } | null {
  const source = cleanLine(text)
  let originals = 0
  let copies = 0
  let found = false
  const add = (kind: string, count: string): string => {
    found = true
    if (kind.toLowerCase() === 'chính') originals += Number(count)
    else copies += Number(count)
    return ' '
  }
  const rest = source
    .replace(KIND_THEN_COUNT, (_match, kind: string, count: string) => add(kind, count))
    .replace(COUNT_THEN_KIND, (_match, count: string, kind: string) => add(kind, count))
  // Anything left other than separators means a format we do not understand.
  if (!found || /[^\s,;.+]/.test(rest)) return null
  return { originals, copies }
}
