/** Formats the time since `startedAt` as "(0.9 s)" for progress lines. */
export function formatElapsed(startedAt: number): string {
  return `(${((Date.now() - startedAt) / 1000).toFixed(1)} s)`
}
