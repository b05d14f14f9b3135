/** How the importer reports progress; the CLI draws a bar, tests pass nothing. */
export interface ImportProgress {
  stage(label: string, total: number): { tick(done: number): void; end(): void }
}

export const silentProgress: ImportProgress = {
  stage: () => ({ tick: () => {}, end: () => {} }),
}
