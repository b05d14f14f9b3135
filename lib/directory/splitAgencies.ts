import { type AgencyType, agencyTypeOptions } from '@/lib/catalog/agencyTypes'
import { groupByType, type TypeGroup } from './groupByType'

/** Kinds of agency that head the directory: the Government, the ministries and the bodies at their level. */
export const centralAgencyTypes: readonly AgencyType[] = ['government', 'ministry', 'ministryLevel', 'governmentAgency']

const typeOrder = agencyTypeOptions.map((o) => o.value)

type Agency = { id: number; type: AgencyType; name: { text: string } }

/**
 * The directory's two parts: central bodies, and any other body that manages procedures (the
 * Supreme People's Court), in the order of their kinds and then by name; and every other
 * agency grouped by kind.
 */
export function splitAgencies<A extends Agency>(agencies: A[], managesProcedures: (id: number) => boolean): { central: A[]; others: TypeGroup<AgencyType, A>[] } {
  const isCentral = (a: A) => centralAgencyTypes.includes(a.type) || managesProcedures(a.id)
  const nameOf = (a: A) => a.name.text
  return {
    central: groupByType(agencies.filter(isCentral), typeOrder, nameOf).flatMap((g) => g.entries),
    others: groupByType(
      agencies.filter((a) => !isCentral(a)),
      typeOrder,
      nameOf,
    ),
  }
}
