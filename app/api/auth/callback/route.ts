import { finishSignIn } from '@/lib/citizen/http/finishSignIn'
import { withCitizenDeps } from '@/lib/citizen/http/liveDeps'

export const dynamic = 'force-dynamic'
export const GET = withCitizenDeps(finishSignIn)
