import type { CollectionConfig } from 'payload'
import { catalogAccess } from '@/access/collectionAccess'
import { label, labels } from '@/fields/label'
import { revalidateHooks } from '@/lib/cache/revalidateHooks'
import { tags } from '@/lib/cache/tags'

/** Support hotlines published on the portal. */
export const Hotlines: CollectionConfig = {
  slug: 'hotlines',
  labels: labels(['Đường dây nóng', 'Hotline'], ['Đường dây nóng', 'Hotlines']),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'phone', 'agency'], group: label('Hỗ trợ', 'Support') },
  access: catalogAccess,
  // The hotlines page and the page of the agency that runs the line.
  hooks: revalidateHooks([tags.hotlines]),
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('Tên', 'Name') },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', required: true, label: label('Số điện thoại', 'Phone number') },
        { name: 'email', type: 'email', label: label('Thư điện tử', 'E-mail') },
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: label('Mô tả', 'Description') },
    { name: 'hours', type: 'text', localized: true, label: label('Thời gian hỗ trợ', 'Hours') },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', label: label('Cơ quan', 'Agency') },
    { name: 'order', type: 'number', defaultValue: 0, label: label('Thứ tự', 'Order'), admin: { position: 'sidebar' } },
  ],
}
