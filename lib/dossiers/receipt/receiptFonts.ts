import { readFile } from 'node:fs/promises'
import path from 'node:path'

export interface ReceiptFontFiles {
  regular: Uint8Array
  bold: Uint8Array
}

let files: Promise<ReceiptFontFiles> | undefined

const read = (name: string) => readFile(path.resolve(process.cwd(), 'assets/fonts', name))

/**
 * The Noto Sans files (Vietnamese needs a font with all its letters; the PDF standard fonts have
 * none of them), read once per process. A failed read is not kept, so the next receipt tries again.
 */
export function receiptFontFiles(): Promise<ReceiptFontFiles> {
  files ??= Promise.all([read('NotoSans-Regular.ttf'), read('NotoSans-Bold.ttf')]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      files = undefined
      throw error
    },
  )
  return files
}
