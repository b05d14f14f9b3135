/** 1 … 4 5 [6] 7 8 … 20: the first, the last and two on each side of the current page. */
export function pagesAround(page: number, total: number): (number | null)[] {
  const wanted = new Set([1, total, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= total))
  const sorted = [...wanted].sort((a, b) => a - b)
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1] > 1 ? [null, n] : [n]))
}
