// National code: one digit, a dot, six digits (1.001193); local variants append segments such
// as .000.00.00.H12.
const PROCEDURE_CODE = /^\d\.\d{6}(?:\.[0-9A-Z]+)*$/

/** True when `code` is a national procedure code, optionally with variant suffix segments. */
export function validateProcedureCode(code: string): boolean {
  return PROCEDURE_CODE.test(code)
}
