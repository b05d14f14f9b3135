import { backchannelLogout } from '@/lib/citizen/http/backchannelLogout'
import { withCitizenDeps } from '@/lib/citizen/http/liveDeps'

export const dynamic = 'force-dynamic'
export const POST = withCitizenDeps(backchannelLogout)
