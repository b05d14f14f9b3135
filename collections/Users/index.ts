import type { CollectionConfig } from 'payload'
import { setByAccountAdministrators, staffAccountAccess, staffAccountRules } from '@/access/staffAccounts'
import { label, labels } from '@/fields/label'
import { recordAudit } from '@/lib/audit/recordAudit'
import { enforcePasswordPolicy } from './enforcePasswordPolicy'
import { reactivateWhenAsked, refuseDisabledAccounts } from './accountActivity'
import { roleOptions } from '@/lib/staff/roles'
import { requireSecondFactor, twoFactorEndpoints, twoFactorFields } from './twoFactor'

/** Staff accounts (administrators, editors, reviewers, officers). Citizens are separate. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: labels(['Tài khoản cán bộ', 'Staff account'], ['Tài khoản cán bộ', 'Staff accounts']),
  auth: { maxLoginAttempts: 5, lockTime: 15 * 60 * 1000 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'agency'], group: label('Quản trị', 'Administration') },
  access: staffAccountAccess,
  endpoints: twoFactorEndpoints,
  hooks: {
    beforeOperation: [enforcePasswordPolicy],
    beforeLogin: [refuseDisabledAccounts, requireSecondFactor],
    beforeChange: [staffAccountRules, reactivateWhenAsked],
    afterLogin: [
      async ({ req, user }) => {
        // Straight to the database: a sign-in is not an edit of the account (no hooks, no audit "update").
        await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { lastLoginAt: new Date().toISOString() }, req })
        await recordAudit(req, { action: 'login', collection: 'users', documentId: user.id, summary: `${user.email} signed in` }, user)
      },
    ],
    afterLogout: [async ({ req }) => req.user && recordAudit(req, { action: 'logout', collection: 'users', documentId: req.user.id, summary: `${req.user.email} signed out` })],
  },
  fields: [
    { name: 'name', type: 'text', label: label('Họ và tên', 'Full name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: roleOptions,
      label: label('Vai trò', 'Role'),
      saveToJWT: true,
      // Administrators and agency administrators only; nobody changes their own (staffAccountRules).
      access: setByAccountAdministrators,
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      saveToJWT: true,
      label: label('Cơ quan', 'Agency'),
      admin: { description: label('Quyền của tài khoản áp dụng cho cơ quan này và các cơ quan trực thuộc.', 'The account acts for this agency and the agencies below it.') },
      access: setByAccountAdministrators,
    },
    {
      type: 'row',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'disabled',
          type: 'checkbox',
          defaultValue: false,
          label: label('Khoá tài khoản', 'Disabled'),
          access: setByAccountAdministrators,
        },
        {
          name: 'reactivate',
          type: 'checkbox',
          virtual: true,
          label: label('Kích hoạt lại', 'Reactivate'),
          admin: { description: label('Mở lại tài khoản bị khoá hoặc lâu không đăng nhập.', 'Reopens a disabled or dormant account.') },
          access: setByAccountAdministrators,
        },
      ],
    },
    { name: 'lastLoginAt', type: 'date', label: label('Đăng nhập lần cuối', 'Last sign-in'), admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, access: { create: () => false, update: () => false } },
    ...twoFactorFields,
    { name: 'activeFrom', type: 'date', label: label('Kích hoạt lại lúc', 'Reactivated at'), admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, access: { create: () => false, update: () => false } },
  ],
}
