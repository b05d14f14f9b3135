import type { LocalizedText } from '@/lib/site/localized'
import type { AdministrativeUnit } from '@/payload-types'

/** A link to a related page: the target's slug and its name. */
export interface NamedLink {
  slug: string
  name: LocalizedText
}

/** What a link to an administrative unit needs: its slug, type and names (short, full, English). */
export interface UnitLink {
  slug: string
  type: AdministrativeUnit['type']
  name: string
  fullName: string
  nameEn: string
}
