import { handleCitizenDossierForm } from '@/lib/dossiers/http/citizenDossierForm'
import { withDossierDeps } from '@/lib/dossiers/http/deps'

export const dynamic = 'force-dynamic'
export const POST = withDossierDeps(handleCitizenDossierForm)
