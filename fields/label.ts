/** A bilingual admin label: Vietnamese first, English for the English admin UI. */
export const label = (vi: string, en: string): Record<'vi' | 'en', string> => ({ vi, en })

/** Singular and plural collection labels in both admin languages. */
export const labels = (singular: [string, string], plural: [string, string]) => ({
  singular: label(...singular),
  plural: label(...plural),
})
