import type { Payload } from 'payload'
import { getPayloadClient } from '@/lib/payload/getPayloadClient'
import { localPrivateStorage, type PrivateStorage } from '@/lib/files/privateStorage'
import { configuredScanner, type VirusScanner } from '@/lib/files/virusScanner'

/** What the dossier routes need: the database, private file storage and the antivirus. */
export interface DossierDeps {
  payload: Payload
  storage: PrivateStorage
  scanner: VirusScanner
}

/** Runs a dossier route with the live database, storage and scanner. */
export function withDossierDeps<Context = unknown>(handler: (request: Request, deps: DossierDeps, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> =>
    handler(request, { payload: await getPayloadClient(), storage: localPrivateStorage(), scanner: configuredScanner() }, context)
}
