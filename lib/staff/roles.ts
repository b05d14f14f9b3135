/** Staff roles; the agency-scoped permission model builds on these. */
export const roleOptions = [
  { value: 'admin', label: { vi: 'Quản trị cổng', en: 'Portal administrator' } },
  { value: 'agencyAdmin', label: { vi: 'Quản trị cơ quan', en: 'Agency administrator' } },
  { value: 'editor', label: { vi: 'Biên tập viên', en: 'Editor' } },
  { value: 'reviewer', label: { vi: 'Người kiểm duyệt', en: 'Reviewer' } },
  { value: 'officer', label: { vi: 'Cán bộ xử lý hồ sơ', en: 'Officer' } },
]

export type Role = 'admin' | 'agencyAdmin' | 'editor' | 'reviewer' | 'officer'

/** What the permission checks need of a staff account. */
export interface RoleHolder {
  role?: Role | null
  totpEnabled?: boolean | null
}

/**
 * The role an account acts with: its role, except that an account whose role requires two-factor
 * authentication (lib/staff/totp.ts) acts with none until it has set it up. It can still sign in,
 * set up two-factor authentication and sign out, nothing else.
 */
export function effectiveRole(user: RoleHolder | null | undefined, required: readonly Role[]): Role | undefined {
  const role = user?.role ?? undefined
  if (!role) return undefined
  return required.includes(role) && !user?.totpEnabled ? undefined : role
}
