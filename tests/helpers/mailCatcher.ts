import { inject } from 'vitest'
import type { CaughtMessage } from '../../scripts/services/mailCatcher/mailbox'

/** The mail catcher the test setup started (empty when SMTP_URL names a real server). */
export const mailCatcherUrl = () => inject('mailCatcherUrl')

/** The messages the catcher received for an address, newest first. */
export async function caughtMail(to: string): Promise<CaughtMessage[]> {
  const response = await fetch(`${mailCatcherUrl()}/api/messages?to=${encodeURIComponent(to)}`)
  if (!response.ok) throw new Error(`The mail catcher answered ${response.status}`)
  return (await response.json()) as CaughtMessage[]
}
