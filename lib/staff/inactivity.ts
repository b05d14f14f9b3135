/**
 * Staff accounts unused for a while are disabled (the portal's rule on dormant accounts): an
 * account that has not signed in for STAFF_INACTIVE_DAYS days (default 90; 0 turns the rule off)
 * since its last sign-in, its creation or its last reactivation, cannot sign in until an
 * administrator reactivates it.
 */
export const inactiveDays = () => Number(process.env.STAFF_INACTIVE_DAYS ?? 90)

interface AccountDates {
  lastLoginAt?: string | null
  activeFrom?: string | null
  createdAt?: string | null
}

/** The last time the account was known to be in use: sign-in, reactivation or creation. */
export function lastActivity(account: AccountDates): Date | undefined {
  const times = [account.lastLoginAt, account.activeFrom, account.createdAt].filter(Boolean).map((t) => new Date(t!).getTime())
  return times.length ? new Date(Math.max(...times)) : undefined
}

/** Whether the account has been unused for longer than the rule allows, at `now`. */
export function isDormant(account: AccountDates, now: Date, days = inactiveDays()): boolean {
  if (days <= 0) return false
  const last = lastActivity(account)
  return last !== undefined && now.getTime() - last.getTime() > days * 86_400_000
}
