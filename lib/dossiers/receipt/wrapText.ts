/** What wrapping needs of a font: pdf-lib's PDFFont has it. */
export interface MeasuringFont {
  widthOfTextAtSize(text: string, size: number): number
}

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' })

/** Splits a word wider than the line (a URL, a file name) between characters, never inside a letter with its marks. */
function breakWord(word: string, font: MeasuringFont, size: number, maxWidth: number): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const { segment } of graphemes.segment(word)) {
    if (piece && font.widthOfTextAtSize(piece + segment, size) > maxWidth) {
      pieces.push(piece)
      piece = ''
    }
    piece += segment
  }
  if (piece) pieces.push(piece)
  return pieces
}

/**
 * The lines that `text` takes at `size` within `maxWidth`: words are kept whole where they fit,
 * runs of spaces collapse, and a newline in the text always starts a new line.
 */
export function wrapText(text: string, font: MeasuringFont, size: number, maxWidth: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split(/\r?\n/)) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (font.widthOfTextAtSize(candidate, size) <= maxWidth) {
        line = candidate
        continue
      }
      if (line) lines.push(line)
      const pieces = font.widthOfTextAtSize(word, size) <= maxWidth ? [word] : breakWord(word, font, size, maxWidth)
      lines.push(...pieces.slice(0, -1))
      line = pieces.at(-1) ?? ''
    }
    lines.push(line)
  }
  return lines
}
