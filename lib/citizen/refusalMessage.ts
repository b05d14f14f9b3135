/** The message (Account.refused.*) that explains a refused sign-in to the citizen; null for no known reason. */
export function refusalMessage(reason: string | undefined): 'state' | 'cancelled' | 'provider' | 'token' | 'unavailable' | 'rateLimited' | 'expired' | 'signedOut' | null {
  if (!reason) return null
  if (reason.startsWith('state_')) return 'state'
  if (reason.startsWith('token_') || reason === 'code_rejected' || reason === 'response_wrong_issuer') return 'token'
  const known = { cancelled: 'cancelled', provider_error: 'provider', provider_unavailable: 'unavailable', rate_limited: 'rateLimited', session_expired: 'expired', signed_out: 'signedOut' } as const
  return known[reason as keyof typeof known] ?? null
}
