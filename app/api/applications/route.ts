import { handleApplicationForm } from '@/lib/dossiers/http/applicationForm'
import { withDossierDeps } from '@/lib/dossiers/http/deps'

export const dynamic = 'force-dynamic'
export const POST = withDossierDeps(handleApplicationForm)
