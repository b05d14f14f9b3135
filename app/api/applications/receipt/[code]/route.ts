import { withDossierDeps } from '@/lib/dossiers/http/deps'
import { downloadReceipt } from '@/lib/dossiers/http/downloadReceipt'

export const dynamic = 'force-dynamic'
export const GET = withDossierDeps(downloadReceipt)
