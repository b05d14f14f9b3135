import { unstable_cache } from 'next/cache'
import type { Locale } from '@/i18n/routing'
import { tags } from '@/lib/cache/tags'
import type { AgencyType } from '@/lib/catalog/agencyTypes'
import type { NamedLink, UnitLink } from '@/lib/directory/types'
import { type AllLocales, type LocalizedText, pickLocale } from '@/lib/site/localized'
import type { Agency } from '@/payload-types'
import { type HotlineEntry, toHotlineEntry } from './getHotlines'
import { countProcedures } from './countProcedures'
import { getMinistries } from './getCatalogs'
import { getPayloadClient } from './getPayloadClient'

/** Where and how citizens reach an agency; empty strings where the agency has not said. */
export interface AgencyContacts {
  address: LocalizedText
  phone: string
  hotline: string
  email: string
  website: string
  openingHours: LocalizedText
}

export interface AgencySummary {
  id: number
  slug: string
  name: LocalizedText
  abbreviation: string
  type: AgencyType
  contacts: AgencyContacts
}

export interface AgencyDetail extends AgencySummary {
  parent: NamedLink | null
  administrativeUnit: UnitLink | null
  formerNames: string[]
  hotlines: HotlineEntry[]
}

const localized = (value: unknown, locale: Locale) => pickLocale(value as AllLocales, locale)

function toSummary(doc: Agency, locale: Locale): AgencySummary {
  const contacts = doc.contacts ?? {}
  return {
    id: doc.id,
    slug: doc.slug ?? '',
    name: localized(doc.name, locale),
    abbreviation: doc.abbreviation ?? '',
    type: doc.type,
    contacts: {
      address: localized(contacts.address, locale),
      phone: contacts.phone ?? '',
      hotline: contacts.hotline ?? '',
      email: contacts.email ?? '',
      website: contacts.website ?? '',
      openingHours: localized(contacts.openingHours, locale),
    },
  }
}

/** Whether an agency has published any way to reach it. */
export const hasContacts = ({ address, phone, hotline, email, website, openingHours }: AgencyContacts) =>
  Boolean(address.text || phone || hotline || email || website || openingHours.text)

async function loadAgencies(locale: Locale): Promise<AgencySummary[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'agencies',
    locale: 'all',
    select: { slug: true, name: true, abbreviation: true, type: true, contacts: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return docs.map((d) => toSummary(d as Agency, locale)).filter((a) => a.slug)
}

async function loadAgency(slug: string, locale: Locale): Promise<AgencyDetail | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'agencies',
    where: { slug: { equals: slug } },
    locale: 'all',
    limit: 1,
    depth: 1,
    populate: { agencies: { slug: true, name: true }, administrativeUnits: { slug: true, type: true, name: true, fullName: true, nameEn: true } },
    overrideAccess: false,
  })
  const doc = docs[0]
  if (!doc) return null
  const { docs: hotlines } = await payload.find({
    collection: 'hotlines',
    where: { agency: { equals: doc.id } },
    locale: 'all',
    sort: ['order', 'id'],
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  const parent = typeof doc.parent === 'object' && doc.parent?.slug ? { slug: doc.parent.slug, name: localized(doc.parent.name, locale) } : null
  const unit = typeof doc.administrativeUnit === 'object' ? doc.administrativeUnit : null
  return {
    ...toSummary(doc, locale),
    parent,
    administrativeUnit: unit?.slug ? { slug: unit.slug, type: unit.type, name: unit.name, fullName: unit.fullName, nameEn: unit.nameEn ?? '' } : null,
    formerNames: (doc.formerNames ?? []).map((f) => f.name),
    hotlines: hotlines.map((h) => toHotlineEntry(h, locale)),
  }
}

/** Every agency with its contacts (the directory groups them by type). */
export const getAgencies = (locale: Locale) => unstable_cache(() => loadAgencies(locale), ['agencies', locale], { tags: [tags.catalogs] })()

/** An agency by slug with its parent, administrative unit, former names and hotlines, or null. */
export const getAgency = (slug: string, locale: Locale) => unstable_cache(() => loadAgency(slug, locale), ['agency', slug, locale], { tags: [tags.catalogs, tags.hotlines] })()

/** Procedure counts of the managing bodies that have a procedure listing (/bo-nganh/…), by agency id. */
export async function getManagedProcedureCounts(): Promise<Map<number, number>> {
  const [ministries, counts] = await Promise.all([getMinistries('vi'), countProcedures()])
  return new Map(ministries.flatMap((m) => (counts.byMinistry[m.id] ? [[m.id, counts.byMinistry[m.id]] as const] : [])))
}
