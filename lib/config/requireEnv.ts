/** Reads a required environment variable, failing with a message that says how to set it. */
export function requireEnv(name: string, hint: string): string {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set. ${hint}`)
  }
  return value
}
