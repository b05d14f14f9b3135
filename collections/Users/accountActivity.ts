import { type CollectionBeforeChangeHook, type CollectionBeforeLoginHook } from 'payload'
import { publicError } from '@/lib/payload/publicError'
import { inactiveDays, isDormant } from '@/lib/staff/inactivity'

const refuse = (message: string) => publicError(message, 403)

/**
 * After the password is checked: a disabled account, or one unused for longer than the rule
 * allows (lib/staff/inactivity.ts), is refused with the reason and what to do.
 */
export const refuseDisabledAccounts: CollectionBeforeLoginHook = ({ user }) => {
  if (user.disabled) throw refuse('Tài khoản đã bị khoá. Liên hệ quản trị của cơ quan để mở lại. (This account is disabled; ask your agency administrator.)')
  if (isDormant(user, new Date())) {
    throw refuse(
      `Tài khoản bị khoá vì không đăng nhập quá ${inactiveDays()} ngày. Liên hệ quản trị của cơ quan để kích hoạt lại. (This account was not used for more than ${inactiveDays()} days; ask your agency administrator to reactivate it.)`,
    )
  }
  return user
}

/** "Reactivate" (ticked by an administrator, never stored) reopens the account from now on. */
export const reactivateWhenAsked: CollectionBeforeChangeHook = ({ data }) => {
  if (data.reactivate) {
    data.activeFrom = new Date().toISOString()
    data.disabled = false
  }
  delete data.reactivate
  return data
}
