import { vietnamDay, vietnamMinutes } from '@/lib/workdays/days'

const pad = (value: number) => String(value).padStart(2, '0')

/** "dd/mm/yyyy HH:mm" as a clock in Vietnam shows the moment, whatever the server's time zone. */
export function formatVietnamDateTime(at: Date): string {
  const [year, month, day] = vietnamDay(at).split('-')
  const minutes = vietnamMinutes(at)
  return `${day}/${month}/${year} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}

/**
 * A personal identification number with all but its last four characters masked: the four are
 * what public tracking asks for, and a printed or forwarded receipt must not give away the rest.
 * Too short a number to keep four of is masked whole.
 */
export function maskPersonalId(personalId: string): string {
  const id = personalId.replace(/\s+/g, '')
  const shown = id.length > 4 ? id.slice(-4) : ''
  return '*'.repeat(id.length - shown.length) + shown
}
