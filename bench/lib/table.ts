/** Prints rows as a plain-text table with a header line; numbers are right-aligned. */
export function printTable(title: string, header: string[], rows: Array<Array<string | number>>): void {
  const cells = [header, ...rows.map((row) => row.map(String))]
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)))
  // A column of figures ("12.3 ms", "98", "–") reads best right-aligned.
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => /^[\d–]/.test(String(row[column] ?? ''))))
  const line = (row: string[]) => row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd()
  console.log('')
  console.log(title)
  console.log(line(header))
  console.log(widths.map((width) => '─'.repeat(width)).join('  '))
  for (const row of cells.slice(1)) console.log(line(row))
}

/** Milliseconds with one decimal, e.g. "123.4 ms"; "–" for a missing value. */
export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–')

/** Bytes in KB (1,024), e.g. "183.2 KB". */
export const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '–')

/** Bytes in MB (1,048,576), e.g. "1,712 MB". */
export const mb = (bytes: number) => (Number.isFinite(bytes) ? `${Math.round(bytes / 1048576).toLocaleString('en')} MB` : '–')

/** Seconds with one decimal, e.g. "71.3 s". */
export const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`
