import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '@/access/adminOrSelf'
import { isAdmin } from '@/access/isAdmin'
import { label, labels } from '@/fields/label'
import { roleOptions } from '@/lib/staff/roles'

/** Staff accounts (administrators, editors, reviewers, officers). Citizens are separate. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: labels(['Tài khoản cán bộ', 'Staff account'], ['Tài khoản cán bộ', 'Staff accounts']),
  auth: { maxLoginAttempts: 5, lockTime: 15 * 60 * 1000 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'agency'], group: label('Quản trị', 'Administration') },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(req.user),
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
      access: {
        // Only administrators change roles: nobody grants themselves more rights.
        create: ({ req }) => req.user?.role === 'admin',
        update: ({ req }) => req.user?.role === 'admin',
      },
    },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', label: label('Cơ quan', 'Agency') },
  ],
}
