import { findDocumentNumbers } from './findDocumentNumbers'

const DOCUMENT_WORDS =
  /(?<![\p{L}])(?:bộ luật|thông tư liên tịch|thông tư|nghị định|quyết định|nghị quyết|luật|pháp lệnh|số|ngày|tháng|năm)(?![\p{L}])/giu

// Signs of text run together by the crawler: "quốc tịch281/2016", "28/4/202225Nghị quyết".
const GLUED = /\p{Ll}\d|\d\p{L}{2}/u

/** Whether a title says something beyond a document type and number ("Luật Giá"). */
export function isInformativeLegalTitle(title: string): boolean {
  let rest = title
  for (const match of findDocumentNumbers(title).reverse()) rest = rest.slice(0, match.start) + ' ' + rest.slice(match.end)
  rest = rest.replace(DOCUMENT_WORDS, ' ').replace(/[^\p{L}\s]/gu, ' ')
  return rest.split(/\s+/).some((word) => word.length >= 2)
}

/**
 * 3 for an informative title, 2 for an informative one with text run together, 1 when it is
 * only a type and number ("Nghị định 134/2015/NĐ-CP", "Quyết định số"), 0 when empty.
 */
export function rankLegalTitle(title: string): number {
  if (!title.trim()) return 0
  if (!isInformativeLegalTitle(title)) return 1
  return GLUED.test(title.replace(/\/\d{4}\/[\p{Lu}\d/-]+/gu, '')) ? 2 : 3
}

/** The best title (rank, then length), or `fallback` when none says more than a number. */
export function pickLegalTitle(titles: readonly string[], fallback: string): string {
  let best = ''
  let bestRank = 0
  for (const title of titles) {
    const rank = rankLegalTitle(title)
    if (rank > bestRank || (rank === bestRank && title.length > best.length)) {
      best = title
      bestRank = rank
    }
  }
  return bestRank >= 2 ? best : fallback
}
