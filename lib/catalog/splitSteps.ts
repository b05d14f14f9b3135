import { cleanText } from './cleanText'

// A line opens a new step when it starts like an item of a list: "Bước 1", bullets ("- ",
// "+ ", "++ ", "* ", "•"), roman numerals "(i)" / "ii)", numbering "1." / "1.2." / "1)", letters "a)".
const STEP_START = new RegExp(
  [
    String.raw`^bước\s*\d`,
    String.raw`^[-+*•]+\s`,
    String.raw`^\(?[ivx]+\)\s*`,
    String.raw`^\d+(?:\.\d+)*[.)](?!\d)`,
    String.raw`^[a-zđ]\)\s`,
  ].join('|'),
  'iu',
)

/** Splits the published "trình tự thực hiện" text into steps; other lines continue the previous step. */
export function splitSteps(text: string | null | undefined): string[] {
  const steps: string[] = []
  for (const rawLine of cleanText(text).split(/\r?\n/)) {
    const line = rawLine.trim()
    if (!line) continue
    if (steps.length === 0 || STEP_START.test(line)) steps.push(line)
    else steps[steps.length - 1] += `\n${line}`
  }
  return steps
}
