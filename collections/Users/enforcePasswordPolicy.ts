import type { CollectionBeforeOperationHook } from 'payload'
import { fieldError } from '@/lib/payload/publicError'
import { passwordProblems } from '@/lib/staff/passwordPolicy'
import { requestLanguage } from '@/lib/payload/requestLanguage'

/**
 * Applies the password rules (lib/staff/passwordPolicy.ts) wherever a password is set: a new
 * account, a change of password, and a reset through the e-mailed link. The problems come back
 * as a validation error on the password field, in the admin's language.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = args.data as { password?: unknown; email?: unknown } | undefined
  if (typeof data?.password !== 'string') return args
  let email = typeof data.email === 'string' ? data.email : ''
  const id = (args as { id?: number | string }).id
  if (!email && operation === 'update' && id !== undefined) {
    email = (await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true }).catch(() => null))?.email ?? ''
  }
  const problems = passwordProblems(data.password, email)
  if (problems.length) {
    const language = requestLanguage(req)
    throw fieldError('users', 'password', problems.map((p) => p[language]).join(' '))
  }
  return args
}
