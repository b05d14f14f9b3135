import { cleanLine, cleanText } from './cleanText'
import { parseQuantity } from './parseQuantity'
import type { RawDocumentGroup } from './rawTypes'
import type { DocumentRecord, DossierGroupRecord, ReviewFlag } from './types'

/**
 * Normalizes the dossier components. Names and headings are kept as published (bullets such as
 * "- " included) apart from trimming and invisible characters. Only documents without a name
 * are left out, each with a flag.
 */
export function normalizeDossierGroups(raws: readonly RawDocumentGroup[]): { dossierGroups: DossierGroupRecord[]; flags: ReviewFlag[] } {
  const flags: ReviewFlag[] = []
  const dossierGroups = raws.map((group): DossierGroupRecord => {
    const title = cleanText(group.group) || null
    const documents: DocumentRecord[] = []
    for (const item of group.items) {
      const name = cleanText(item.name)
      const quantityText = cleanLine(item.quantity)
      if (!name) {
        // A document needs a name to be shown or required; the flag keeps what the source had.
        flags.push({
          code: 'document-name-missing',
          message: `Thành phần hồ sơ không có tên, không nhập (nhóm «${title ?? ''}», số lượng «${quantityText}»)`,
        })
        continue
      }
      const quantity = parseQuantity(quantityText)
      if (!quantity) {
        flags.push({ code: 'quantity-unparsed', message: `Không đọc được số lượng bản của «${name}»: «${quantityText}»` })
      }
      documents.push({
        name,
        originals: quantity?.originals ?? 0,
        copies: quantity?.copies ?? 0,
        quantityText,
        templateName: cleanText(item.form) || null,
      })
    }
    return { title, documents }
  })
  return { dossierGroups, flags }
}
