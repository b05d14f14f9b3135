import { readFileSync } from 'node:fs'

/** The last lines of a log file without colour codes, for error messages. */
export function readLogTail(file: string, lines = 20): string {
  try {
    const text = readFileSync(file, 'utf8').replace(/\x1b\[[0-9;]*m/g, '')
    return text.trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log written)'
  }
}
