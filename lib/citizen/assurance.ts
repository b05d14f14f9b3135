/**
 * Assurance levels of a citizen's electronic identification (Decree 69/2024: level 1 and level 2
 * accounts), as the identity provider names them in the `acr` claim. OIDC_ACR_VALUES lists the
 * provider's values from the lowest level to the highest; level n is the n-th value.
 */
export const defaultAcrValues = ['loa1', 'loa2']

/** The provider's `acr` values, lowest level first. */
export function acrValues(env: NodeJS.ProcessEnv = process.env): string[] {
  const configured = (env.OIDC_ACR_VALUES ?? '').split(',').map((value) => value.trim()).filter(Boolean)
  return configured.length > 0 ? configured : defaultAcrValues
}

/** The level (1, 2, …) an `acr` value stands for; 0 when the provider sent none or one we do not know. */
export function levelOf(acr: string | undefined | null, values = acrValues()): number {
  return acr ? values.indexOf(acr) + 1 : 0
}

/** The `acr` values that satisfy a minimum level, to ask the provider for (`acr_values`). */
export function acrValuesFrom(level: number, values = acrValues()): string[] {
  return values.slice(Math.max(0, level - 1))
}

/** The highest level the provider offers. */
export const highestLevel = (values = acrValues()) => values.length
