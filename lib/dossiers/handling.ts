import type { Procedure } from '@/payload-types'
import type { ProcessingTime } from '@/lib/workdays/deadline'

const idOf = (value: number | { id: number } | null | undefined) => (value === null || value === undefined ? undefined : typeof value === 'object' ? value.id : value)

/** The agency that handles a procedure's dossiers: its executing agency, else its competent authority, else its managing agency. */
export const handlingAgencyOf = (procedure: Procedure): number | undefined =>
  idOf(procedure.executingAgency) ?? idOf(procedure.competentAuthority) ?? idOf(procedure.ministry)

/** The processing time of the online channel (else the first channel that states one); a number without a unit is working days. */
export function onlineProcessingTime(procedure: Procedure): ProcessingTime | null {
  const channels = procedure.channels ?? []
  const ordered = [...channels.filter((c) => c.channel === 'online'), ...channels.filter((c) => c.channel !== 'online')]
  for (const channel of ordered) {
    const { value, unit } = channel.processingTime ?? {}
    // Many records of the national database give the number without its unit ("1"); processing
    // times of administrative procedures are counted in working days unless they say otherwise.
    if (typeof value === 'number' && value > 0) return { value, unit: unit ?? 'workingDays' }
  }
  return null
}

/** Whether the procedure says that a dossier received after 15:00 counts from the next working day. */
export function lateReceiptCutoffOf(procedure: Procedure): string | null {
  const text = [procedure.steps?.map((step) => step.description).join(' '), procedure.channels?.map((c) => c.processingTime?.text).join(' ')].join(' ')
  return /sau 15 giờ|sau 15h|sau 15:00/i.test(text) ? '15:00' : null
}
