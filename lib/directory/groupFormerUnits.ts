/** A pre-2025 unit merged, whole or in part, into today's unit. */
export interface FormerUnit {
  code: string
  fullName: string
  district?: string | null
  province?: string | null
  mergeType?: 'full' | 'partial' | null
}

/** Former units that shared a district (and province) before 1 July 2025. */
export interface FormerUnitGroup {
  /** "Quận Ba Đình, Thành phố Hà Nội"; empty for former provinces, which had no district. */
  place: string
  units: FormerUnit[]
}

/**
 * Former units grouped by their old district, in the order the merger lists them: citizens
 * remember old addresses as "ward, district", and a new ward often spans several districts.
 */
export function groupFormerUnits(units: FormerUnit[]): FormerUnitGroup[] {
  const groups = new Map<string, FormerUnitGroup>()
  for (const unit of units) {
    const place = [unit.district, unit.province].filter(Boolean).join(', ')
    const group = groups.get(place) ?? { place, units: [] }
    group.units.push(unit)
    groups.set(place, group)
  }
  return [...groups.values()]
}
