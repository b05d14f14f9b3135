import { withDossierDeps } from '@/lib/dossiers/http/deps'
import { submitApplication } from '@/lib/dossiers/http/submitApplication'

export const dynamic = 'force-dynamic'
export const POST = withDossierDeps(submitApplication)
