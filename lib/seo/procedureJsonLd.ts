import { channelOptions, optionLabel } from '@/lib/catalog/options'
import type { DurationUnit } from '@/lib/catalog/types'

interface ProcedureLike {
  code: string
  name: string
  ministryName?: string
  fieldName?: string
  channels: { channel: 'inPerson' | 'online' | 'postal'; processingTime?: { value?: number | null; unit?: DurationUnit | null } | null }[]
}

const isoUnits: Record<DurationUnit, (n: number) => string> = {
  workingDays: (n) => `P${n}D`,
  days: (n) => `P${n}D`,
  hours: (n) => `PT${n}H`,
  workingHours: (n) => `PT${n}H`,
  months: (n) => `P${n}M`,
}

/** A processing time as an ISO 8601 duration (working days count as days), or undefined when unknown. */
export function isoDuration(time: { value?: number | null; unit?: DurationUnit | null } | null | undefined): string | undefined {
  return time?.value != null && time.unit ? isoUnits[time.unit](time.value) : undefined
}

/** schema.org GovernmentService of a procedure, with its channels and their processing times. */
export function procedureJsonLd(procedure: ProcedureLike, url: string, locale: 'vi' | 'en') {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: procedure.name,
    identifier: procedure.code,
    url,
    ...(procedure.fieldName ? { serviceType: procedure.fieldName } : {}),
    ...(procedure.ministryName ? { provider: { '@type': 'GovernmentOrganization', name: procedure.ministryName } } : {}),
    areaServed: { '@type': 'Country', name: locale === 'vi' ? 'Việt Nam' : 'Vietnam' },
    availableChannel: procedure.channels.map((c) => ({
      '@type': 'ServiceChannel',
      name: optionLabel(channelOptions, c.channel, locale),
      ...(isoDuration(c.processingTime) ? { processingTime: isoDuration(c.processingTime) } : {}),
    })),
  }
}

/** schema.org BreadcrumbList from (name, url) pairs. */
export function breadcrumbJsonLd(items: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  }
}
