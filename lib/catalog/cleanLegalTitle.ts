// A title that ends with the start of the next row's title: "… Bộ Tư phápThông tư số",
// "… ĐÔ THỊNghị định số", "… thanh toán Thông tư số" ("số" needs a number after it).
const NEXT_TITLE_START =
  /(?:(?<=[\p{L}\d.)])(?:Thông tư liên tịch|Thông tư|Nghị định|Quyết định|Nghị quyết|Bộ luật|Luật|Pháp lệnh)(?:\s+số)?|\s(?:Thông tư liên tịch|Thông tư|Nghị định|Quyết định|Nghị quyết|Bộ luật|Luật|Pháp lệnh)\s+số)$/u

/** Trims a legal-basis title piece: separators left at its ends and a glued start of the next title. */
export function cleanLegalTitle(text: string): string {
  return text
    .trim()
    .replace(/^[\s\-–—:;,.)\]]+/u, '')
    .replace(/[\s\-–—:;,(]+$/u, '')
    .replace(NEXT_TITLE_START, '')
    .replace(/[\s\-–—:;,(]+$/u, '')
}
