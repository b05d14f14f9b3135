import { changeAccount } from '@/lib/citizen/http/changeAccount'
import { withCitizenDeps } from '@/lib/citizen/http/liveDeps'

export const dynamic = 'force-dynamic'
export const POST = withCitizenDeps(changeAccount)
