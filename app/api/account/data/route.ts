import { downloadData } from '@/lib/citizen/http/downloadData'
import { withCitizenDeps } from '@/lib/citizen/http/liveDeps'

export const dynamic = 'force-dynamic'
export const GET = withCitizenDeps(downloadData)
