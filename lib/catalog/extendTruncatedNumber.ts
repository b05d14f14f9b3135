/**
 * Completes a cut-off document number ("09/2023/QĐ-T") from numbers seen elsewhere: the one
 * candidate that starts with it. Null when there is none or more than one.
 */
export function extendTruncatedNumber(truncated: string, candidates: Iterable<string>): string | null {
  let found: string | null = null
  for (const candidate of candidates) {
    if (candidate.length <= truncated.length || !candidate.startsWith(truncated) || candidate === found) continue
    if (found) return null
    found = candidate
  }
  return found
}
