import { sql } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'
import type { Locale } from '@/i18n/routing'
import { tags } from '@/lib/cache/tags'
import type { FormerUnit } from '@/lib/directory/groupFormerUnits'
import type { NamedLink, UnitLink } from '@/lib/directory/types'
import { type AllLocales, pickLocale } from '@/lib/site/localized'
import type { AdministrativeUnit } from '@/payload-types'
import { getPayloadClient } from './getPayloadClient'

export interface ProvinceSummary extends UnitLink {
  code: string
  communeCount: number
}

export interface UnitDetail extends UnitLink {
  id: number
  code: string
  level: AdministrativeUnit['level']
  /** The province of a commune. */
  parent: UnitLink | null
  /** The communes, wards and special zones of a province. */
  communes: UnitLink[]
  formerUnits: FormerUnit[]
  agencies: NamedLink[]
}

const linkFields = { slug: true, type: true, name: true, fullName: true, nameEn: true } as const

const toLink = (u: Pick<AdministrativeUnit, 'slug' | 'type' | 'name' | 'fullName' | 'nameEn'>): UnitLink => ({
  slug: u.slug ?? '',
  type: u.type,
  name: u.name,
  fullName: u.fullName,
  nameEn: u.nameEn ?? '',
})

async function loadProvinces(): Promise<ProvinceSummary[]> {
  const payload = await getPayloadClient()
  const [{ docs }, counts] = await Promise.all([
    payload.find({
      collection: 'administrativeUnits',
      where: { level: { equals: 'province' } },
      select: { ...linkFields, code: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
    // One grouped query rather than 34 counts.
    payload.db.drizzle.execute(sql`SELECT parent_id AS key, count(*)::int AS count FROM administrative_units WHERE parent_id IS NOT NULL GROUP BY parent_id`),
  ])
  const byProvince = new Map((counts as unknown as { rows: { key: number; count: number }[] }).rows.map((r) => [Number(r.key), Number(r.count)]))
  return docs.map((d) => ({ ...toLink(d), code: d.code, communeCount: byProvince.get(d.id) ?? 0 })).filter((p) => p.slug)
}

async function loadUnit(slug: string, locale: Locale): Promise<UnitDetail | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'administrativeUnits',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    populate: { administrativeUnits: linkFields },
    overrideAccess: false,
  })
  const unit = docs[0]
  if (!unit) return null
  const [communes, agencies] = await Promise.all([
    unit.level === 'province'
      ? payload.find({ collection: 'administrativeUnits', where: { parent: { equals: unit.id } }, select: linkFields, pagination: false, depth: 0, overrideAccess: false })
      : { docs: [] },
    payload.find({
      collection: 'agencies',
      where: { administrativeUnit: { equals: unit.id } },
      locale: 'all',
      select: { slug: true, name: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    }),
  ])
  const parent = typeof unit.parent === 'object' && unit.parent ? toLink(unit.parent) : null
  return {
    ...toLink(unit),
    id: unit.id,
    code: unit.code,
    level: unit.level,
    parent,
    communes: communes.docs.map(toLink).filter((c) => c.slug),
    formerUnits: (unit.formerUnits ?? []).map((f) => ({ code: f.code, fullName: f.fullName, district: f.district, province: f.province, mergeType: f.mergeType })),
    agencies: agencies.docs
      .map((a) => ({ slug: a.slug ?? '', name: pickLocale(a.name as unknown as AllLocales, locale) }))
      .filter((a) => a.slug)
      .sort((a, b) => a.name.text.localeCompare(b.name.text, 'vi')),
  }
}

/** The 34 provinces and centrally run cities, with how many communes each has. */
export const getProvinces = unstable_cache(loadProvinces, ['provinces'], { tags: [tags.catalogs] })

/** A province (with its communes) or a commune (with its province), its former units and agencies, or null. */
export const getAdministrativeUnit = (slug: string, locale: Locale) =>
  unstable_cache(() => loadUnit(slug, locale), ['administrative-unit', slug, locale], { tags: [tags.catalogs] })()
