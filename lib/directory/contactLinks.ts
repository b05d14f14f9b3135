/** One number of a phone field, as shown and as a `tel:` link. */
export interface PhoneLink {
  text: string
  href: string
}

// Editors write several numbers in one field: "024 3823 4567; 0912 345 678", "1900 1234 hoặc 1800 5678".
const separators = /\s*(?:[;,/]|\s(?:hoặc|or|và|and)\s)\s*/i

/**
 * The numbers of a free-text phone field, each with a `tel:` link of its digits (and a leading
 * +). Parts with fewer than three digits (extensions, notes) are not numbers and are left out.
 */
export function phoneLinks(text: string | null | undefined): PhoneLink[] {
  if (!text) return []
  return text
    .split(separators)
    .map((part) => part.trim())
    .flatMap((part) => {
      const digits = part.replace(/\D/g, '')
      if (digits.length < 3) return []
      return [{ text: formatPhone(part), href: `tel:${part.startsWith('+') ? '+' : ''}${digits}` }]
    })
}

/**
 * A number typed as bare digits, grouped the way it is read aloud: "1800 1096",
 * "024 3823 4567" (landline), "0912 345 678" (mobile). Numbers typed with spacing stay as typed.
 */
export function formatPhone(number: string): string {
  if (!/^\d+$/.test(number)) return number
  const freephone = /^(1[89]00)(\d{4,6})$/.exec(number)
  if (freephone) return `${freephone[1]} ${freephone[2]}`
  const landline = /^(02\d)(\d{4})(\d{4})$/.exec(number)
  if (landline) return landline.slice(1).join(' ')
  const mobile = /^(0\d{3})(\d{3})(\d{3})$/.exec(number)
  if (mobile) return mobile.slice(1).join(' ')
  return number
}

/** A website as a link target: editors often leave out the scheme ("bocongan.gov.vn"). */
export function websiteHref(url: string | null | undefined): string | null {
  const trimmed = url?.trim()
  if (!trimmed) return null
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`
}

/** A website as readers see it: without the scheme and the trailing slash. */
export const websiteText = (url: string) =>
  url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '')
