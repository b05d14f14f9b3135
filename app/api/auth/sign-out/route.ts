import { withCitizenDeps } from '@/lib/citizen/http/liveDeps'
import { signOut } from '@/lib/citizen/http/signOut'

export const dynamic = 'force-dynamic'
export const POST = withCitizenDeps(signOut)
