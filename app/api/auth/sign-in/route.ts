import { withCitizenDeps } from '@/lib/citizen/http/liveDeps'
import { startSignIn } from '@/lib/citizen/http/startSignIn'

export const dynamic = 'force-dynamic'
export const GET = withCitizenDeps(startSignIn)
