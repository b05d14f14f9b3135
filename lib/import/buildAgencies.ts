import { classifyAgency } from '@/lib/catalog/classifyAgency'
import type { ProcedureRecord } from '@/lib/catalog/types'
import type { Agency } from '@/payload-types'

interface CentralAgency { name: string; abbr: string; type: string; predecessors_merged: string[] }

export interface AgencySources {
  central: { central_government: { agencies: CentralAgency[] } }
  procedures: ProcedureRecord[]
}

type AgencyData = Omit<Agency, 'id' | 'createdAt' | 'updatedAt'>

export interface AgencyItem {
  key: string
  data: AgencyData
}

const centralTypes: Record<string, Agency['type']> = { Bộ: 'ministry', 'Cơ quan ngang bộ': 'ministryLevel' }

/**
 * The 17 central ministries and ministry-level agencies (with the bodies merged into them in
 * 2025 as former names), then every other agency that procedures name, keyed by that name.
 */
export function buildAgencies({ central, procedures }: AgencySources): AgencyItem[] {
  const items = new Map<string, AgencyItem>()
  for (const agency of central.central_government.agencies) {
    items.set(agency.name, {
      key: agency.name,
      data: {
        name: agency.name,
        abbreviation: agency.abbr,
        code: agency.abbr,
        type: centralTypes[agency.type] ?? 'governmentAgency',
        formerNames: agency.predecessors_merged.filter((n) => n !== agency.name).map((name) => ({ name })),
      },
    })
  }
  const named = (name: string, fallback?: Agency['type']) => {
    if (!name || items.has(name)) return
    const type = classifyAgency(name)
    items.set(name, { key: name, data: { name, type: type === 'other' && fallback ? fallback : type } })
  }
  for (const p of procedures) named(p.ministry, 'ministry')
  for (const p of procedures) {
    named(p.competentAuthority)
    named(p.executingAgency)
  }
  return [...items.values()]
}
