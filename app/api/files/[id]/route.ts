import { withDossierDeps } from '@/lib/dossiers/http/deps'
import { downloadFile } from '@/lib/dossiers/http/downloadFile'

export const dynamic = 'force-dynamic'
export const GET = withDossierDeps(downloadFile)
