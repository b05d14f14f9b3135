import { cleanLine } from './cleanText'
import { completeWithLeadingFragment } from './completeWithLeadingFragment'
import { extendTruncatedNumber } from './extendTruncatedNumber'
import { findDocumentNumbers } from './findDocumentNumbers'
import type { LegalBasisRow } from './legalBasisRow'
import { splitLegalBasisTitle } from './splitLegalBasisTitle'
import type { ReviewFlag } from './types'

/**
 * Repairs the numbers of a procedure's legal-basis rows in place and returns what it did as
 * flags. `complete` extends a cut-off number from numbers seen elsewhere.
 */
export function repairLegalBasisNumbers(rows: LegalBasisRow[], complete: (code: string) => string | null, knownCodes?: ReadonlySet<string>): ReviewFlag[] {
  const flags: ReviewFlag[] = []
  const repaired = (row: LegalBasisRow, code: string, how: string): void => {
    flags.push({ code: 'legal-basis-code-repaired', message: `Số hiệu «${row.rawCode}» không đúng; dùng «${code}» (${how})` })
    row.code = code
    row.truncated = false
  }
  const fromTitle = (row: LegalBasisRow, code: string, how: string): void => {
    flags.push({ code: 'legal-basis-code-from-title', message: `Thiếu số hiệu (nguồn ghi «${row.rawCode}»); dùng «${code}» ${how}` })
    row.code = code
  }

  // 1. A number cut in two: its end starts this row's title ("Tg …"), for this row or the one before.
  rows.forEach((row, index) => {
    const previous = rows[index - 1]
    const own = row.initial?.truncated ? completeWithLeadingFragment(row.initial.code, row.title) : null
    if (own) {
      repaired(row, own.code, `ghép với «${row.title.slice(0, row.title.length - own.rest.length)}» ở đầu trích yếu`)
      row.title = own.rest
      return
    }
    const joined = previous?.initial?.truncated ? completeWithLeadingFragment(previous.initial.code, row.title) : null
    if (!joined || !previous) return
    if (previous.truncated) repaired(previous, joined.code, `ghép với phần đầu trích yếu dòng sau «${row.rawTitle.slice(0, 40)}»`)
    row.title = joined.rest
    row.endsPrevious = true
  })

  // 2. Numbers read from the row's own title.
  for (const row of rows) {
    const code = row.code
    const inTitle = findDocumentNumbers(row.title).filter((match) => match.status === 'valid')
    if (code === null) {
      // A bare "12" (nhdandz source) is the start of the number in the title; no code at all
      // means the title's only cited number, unless the title holds several rows run together.
      const short = /^\d+$/.test(row.rawCode) ? row.rawCode : null
      const runTogether = splitLegalBasisTitle(row.title).some((segment) => segment.number)
      const found = short ? inTitle.find((match) => match.code.startsWith(`${short}/`)) : runTogether ? undefined : inTitle[0]
      if (found) fromTitle(row, found.code, `từ trích yếu «${row.rawTitle}»`)
    } else if (row.truncated) {
      // Cut at the end ("09/2023/QĐ-T") or at the start ("2010/TT-BTP" for 08.a/2010/TT-BTP).
      const longer = inTitle.find((match) => match.code !== code && (match.code.startsWith(code) || match.code.endsWith(`/${code}`)))
      if (longer) repaired(row, longer.code, 'theo trích yếu')
    } else if (!inTitle.some((match) => match.code === code)) {
      // "7/2025/NQ-CP" with "Nghị quyết số 66.7/2025/NQ-CP … dữ liệu66." in the title: cut at
      // its dot, the head left at the end of the title.
      const dotted = inTitle.find((match) => match.code.endsWith(`.${code}`))
      // "2344/2023/TT-BTC" with "Thông tư số 44/2023/TT-BTC" in the title: the previous row's
      // last digits ran into the number.
      const glued = inTitle.find((match) => code.endsWith(match.code) && /^\d+$/.test(code.slice(0, code.length - match.code.length)))
      if (dotted) {
        row.title = stripTrailingPrefixOf(row.title, dotted.code.slice(0, dotted.code.length - code.length))
        repaired(row, dotted.code, `theo trích yếu «${row.rawTitle.slice(0, 80)}»`)
      } else if (glued) {
        repaired(row, glued.code, `dính chữ số của dòng trước; theo trích yếu «${row.rawTitle.slice(0, 80)}»`)
      }
    }
  }

  // 3. Cut-off numbers completed from numbers seen in other rows or procedures.
  for (const row of rows) {
    if (row.code && row.truncated) {
      const code = complete(row.code)
      if (code) repaired(row, code, 'theo số hiệu đầy đủ ở dòng khác')
    } else if (!row.code && /^\d+$/.test(row.rawCode) && knownCodes) {
      const year = /(\d{4})$/.exec(cleanLine(row.issued))?.[1]
      const code = year ? extendTruncatedNumber(`${row.rawCode}/${year}/`, knownCodes) : null
      if (code) fromTitle(row, code, `(ban hành ${row.issued}) cho «${row.rawTitle}»`)
    }
  }
  return flags
}

/** Removes the head of a cut number left at the end of a title ("… dữ liệu66." for "66."). */
function stripTrailingPrefixOf(title: string, head: string): string {
  for (let length = head.length; length > 0; length--) {
    const piece = head.slice(0, length)
    if (title.endsWith(piece) && !/\d$/.test(title.slice(0, -piece.length))) return title.slice(0, -piece.length)
  }
  return title
}
