import type { AdministrativeUnit } from '@/payload-types'

interface RawUnit { code: string; name: string; fullName: string; nameEn?: string; type: string }
interface RawProvince extends RawUnit { wards: RawUnit[] }
interface Merge { old_id: string; name: string; type: 'full' | 'partial' }
interface MappingProvince { level1_id: string; merges: Merge[]; level2s: { level2_id: string; merges: Merge[] }[] }
interface OldProvince { code: string; fullName: string; districts: { code: string; fullName: string; wards: { code: string; fullName: string }[] }[] }

export interface AdministrativeUnitSources {
  current: { provinces: RawProvince[] }
  mapping: { data: MappingProvince[] }
  former: { provinces: OldProvince[] }
}

type UnitData = Omit<AdministrativeUnit, 'id' | 'createdAt' | 'updatedAt' | 'parent'>

export interface UnitItem {
  code: string
  parentCode: string | null
  data: UnitData
}

const unitTypes: Record<string, AdministrativeUnit['type']> = {
  'Thành phố': 'city',
  Tỉnh: 'province',
  Phường: 'ward',
  Xã: 'commune',
  'Đặc khu': 'specialZone',
}

/**
 * Today's 34 provinces and 3,321 communes, each with the pre-2025 units it was formed from.
 * Provinces come first so that communes can point at them.
 */
export function buildAdministrativeUnits({ current, mapping, former }: AdministrativeUnitSources): UnitItem[] {
  const oldProvinces = new Map(former.provinces.map((p) => [p.code, p]))
  const oldWards = new Map<string, { fullName: string; district: string; province: string }>()
  for (const p of former.provinces)
    for (const d of p.districts)
      for (const w of d.wards) oldWards.set(w.code, { fullName: w.fullName, district: d.fullName, province: p.fullName })

  const merges = new Map<string, Merge[]>()
  for (const p of mapping.data) {
    merges.set(`p:${p.level1_id}`, p.merges)
    for (const c of p.level2s) merges.set(`c:${c.level2_id}`, c.merges)
  }

  const items: UnitItem[] = []
  for (const province of current.provinces) {
    const formerUnits = (merges.get(`p:${province.code}`) ?? []).map((m) => ({
      code: m.old_id,
      fullName: oldProvinces.get(m.old_id)?.fullName ?? m.name,
      mergeType: m.type,
    }))
    items.push({ code: province.code, parentCode: null, data: unitData(province, 'province', formerUnits) })
  }
  for (const province of current.provinces) {
    for (const ward of province.wards) {
      const formerUnits = (merges.get(`c:${ward.code}`) ?? []).map((m) => {
        const old = oldWards.get(m.old_id)
        return { code: m.old_id, fullName: old?.fullName ?? m.name, district: old?.district ?? null, province: old?.province ?? null, mergeType: m.type }
      })
      items.push({ code: ward.code, parentCode: province.code, data: unitData(ward, 'commune', formerUnits) })
    }
  }
  return items
}

function unitData(unit: RawUnit, level: AdministrativeUnit['level'], formerUnits: UnitData['formerUnits']): UnitData {
  const type = unitTypes[unit.type]
  if (!type) throw new Error(`Unknown administrative unit type "${unit.type}" for ${unit.code} ${unit.fullName}`)
  return { code: unit.code, level, type, name: unit.name, fullName: unit.fullName, nameEn: unit.nameEn ?? null, formerUnits }
}
