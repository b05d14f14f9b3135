/**
 * Runs a benchmark. On failure prints the error and exits with its exit code: 75 when the
 * portal's start-up hung (preparePortal's watchdog), which a second run usually gets past.
 */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const exitCode = (error as { exitCode?: number }).exitCode
    console.error(`[bench] ${exitCode !== undefined && error instanceof Error ? error.message : error instanceof Error ? error.stack : String(error)}`)
    process.exit(exitCode ?? 1)
  })
}
