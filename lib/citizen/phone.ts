/** A Vietnamese phone number as written nationally: "+84 912.345-678" → "0912345678". */
export const nationalPhone = (value: string) => {
  const compact = value.replace(/[\s.-]/g, '')
  return compact.startsWith('+84') ? `0${compact.slice(3)}` : compact
}
