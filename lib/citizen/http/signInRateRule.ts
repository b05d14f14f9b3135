/**
 * Sign-ins started, and provider answers received, per client address and minute
 * (CITIZEN_SIGN_IN_RATE_LIMIT each; 0: no limit). Generous: mobile carriers put many citizens
 * behind one address.
 */
export const signInRateRule = (step: 'start' | 'callback') => ({
  name: `citizen-sign-in-${step}`,
  points: Number(process.env.CITIZEN_SIGN_IN_RATE_LIMIT ?? 60),
  windowSeconds: 60,
})
