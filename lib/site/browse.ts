import type { Where } from 'payload'
import type { ImplementationLevel, Subject } from '@/lib/catalog/types'

/** Procedures per page of a listing: short enough for a phone, long enough to scan. */
export const PAGE_SIZE = 30

/** Implementation levels as they appear in URLs (/cap-thuc-hien/cap-tinh). */
export const levelSlugs = { 'cap-bo': 'ministry', 'cap-tinh': 'province', 'cap-xa': 'commune' } as const satisfies Record<string, ImplementationLevel>
export type LevelSlug = keyof typeof levelSlugs

/** The two audiences of the home page and the subjects (đối tượng thực hiện) each covers. */
export const audiences = {
  'cong-dan': ['citizen', 'overseasVietnamese', 'foreigner'],
  'doanh-nghiep': ['enterprise', 'foreignInvestedEnterprise', 'cooperative'],
} as const satisfies Record<string, Subject[]>
export type AudienceSlug = keyof typeof audiences

export const isLevelSlug = (value: string): value is LevelSlug => value in levelSlugs
export const isAudienceSlug = (value: string): value is AudienceSlug => value in audiences

/** Only what the public may see. */
export const published: Where = { status: { equals: 'published' } }

/** The page number of a `…/trang/<n>` URL, or null when it is not a page number (then 404). */
export function parsePage(value: string | undefined): number | null {
  if (value === undefined) return 1
  if (!/^[1-9]\d{0,4}$/.test(value)) return null
  return Number(value)
}
