import {
  DOCUMENT_TYPE_TOKENS,
  isKnownToken,
  isLegislatureToken,
  isTruncatedToken,
  knownTokenPrefix,
} from './documentNumberTokens'

export type DocumentNumberStatus = 'valid' | 'truncated'

export interface DocumentNumberMatch {
  /** Normalized number, e.g. 123/2015/NĐ-CP. */
  code: string
  status: DocumentNumberStatus
  /** Position of the match in the searched text. */
  start: number
  end: number
}

// The numeric head: "123/2015/", "66.7/2025/", "12a/", "2222/" (decisions have no year).
// Numbers may carry a dot or a letter (66.7/2025/NQ-CP, 08.a/2010/TT-BTP, 30a/2008/NQ-CP). A
// dotted number never follows a capital directly: in "QH14.35/2018/QH14" it is 35/2018/QH14.
const HEAD = /(?<![\d/])((?:(?<!\p{Lu})\d{1,5}\.\d{1,3}|\d{1,5})(?:\.?[a-z])?)\s*\/\s*(?:(\d{4})\s*\/\s*)?(?=\p{Lu})/gu
// Letters are upper case, with Vietnamese ones (UBTƯMTTQVN); TTg is the one mixed-case token.
const TOKEN = /TTg|\p{Lu}[\p{Lu}0-9]*/uy
const SEPARATOR = /(\s*)([-/])(\s*)/y
const SPELLING: Record<string, string> = { ND: 'NĐ', QD: 'QĐ' }

interface Token {
  text: string
  separator: string
}

/** Reads the letter groups after the numeric head, stopping where a glued title begins. */
function scanTokens(text: string, from: number): { tokens: Token[]; end: number } {
  const tokens: Token[] = []
  let position = from
  let end = from
  let separator = ''
  for (;;) {
    TOKEN.lastIndex = position
    const match = TOKEN.exec(text)
    if (!match) break
    const letters = SPELLING[match[0]] ?? match[0]
    // "QĐ - TTg" is a spaced code, but "NĐ-CP - Điều 5" is a code followed by prose.
    if (tokens.length > 0 && /\s/.test(separator) && (!isKnownToken(letters) || DOCUMENT_TYPE_TOKENS.has(letters))) break
    // "TT-BTCQUY ĐỊNH …": the code runs into an upper-case title; keep the known token only.
    const prefix = knownTokenPrefix(letters)
    tokens.push({ text: prefix ?? letters, separator: separator.trim() })
    end = match.index + (prefix ?? letters).length
    // Nothing follows a legislature token (60/2014/QH13, 26/2005/PL-UBTVQH11).
    if (prefix || isLegislatureToken(letters)) break
    SEPARATOR.lastIndex = end
    const next = SEPARATOR.exec(text)
    if (!next) break
    separator = next[0]
    position = SEPARATOR.lastIndex
  }
  return { tokens, end }
}

// Types whose numbers always carry the year: "2013/TT-BTP" is "09b/2013/TT-BTP" with its
// number cut off, not document number 2013.
const DATED_TYPES = new Set(['NĐ', 'TT', 'TTLT', 'NQ', 'NQLT', 'PL'])

/** Whether the tokens form a complete number, a cut-off one, or no document number at all. */
function classify(number: string, year: string | undefined, tokens: readonly string[]): DocumentNumberStatus | null {
  const [first, ...rest] = tokens
  if (tokens.some(isTruncatedToken)) return 'truncated'
  if (!year && /^(?:19|20)\d\d$/.test(number) && DATED_TYPES.has(first)) return 'truncated'
  if (rest.length === 0) {
    if (isLegislatureToken(first)) return 'valid'
    return DOCUMENT_TYPE_TOKENS.has(first) ? 'truncated' : 'valid'
  }
  // A type token in issuer position ("QĐ-TT-BQP") means two numbers were run together.
  if (DOCUMENT_TYPE_TOKENS.has(first) && rest.some((token) => DOCUMENT_TYPE_TOKENS.has(token))) return null
  return 'valid'
}

/** Finds legal document numbers (123/2015/NĐ-CP, 60/2014/QH13, 2222/QĐ-BHXH) in free text. */
export function findDocumentNumbers(text: string): DocumentNumberMatch[] {
  const matches: DocumentNumberMatch[] = []
  for (const head of text.matchAll(HEAD)) {
    const from = head.index + head[0].length
    const { tokens, end } = scanTokens(text, from)
    if (tokens.length === 0) continue
    const status = classify(head[1], head[2], tokens.map((token) => token.text))
    if (!status) continue
    const letters = tokens.map((token, index) => (index === 0 ? token.text : `${token.separator}${token.text}`)).join('')
    const code = `${head[1]}/${head[2] ? `${head[2]}/` : ''}${letters}`
    matches.push({ code, status, start: head.index, end })
  }
  return matches
}

/** Reads a single document number from a code field ("Thông tư số 12/2020/TT-BQP" → 12/2020/TT-BQP). */
export function readDocumentNumber(text: string): DocumentNumberMatch | null {
  return findDocumentNumbers(text)[0] ?? null
}
