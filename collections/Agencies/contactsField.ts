import type { GroupField } from 'payload'
import { label } from '@/fields/label'

/** Where and how citizens reach an agency (published on the portal under Decision 31/2021). */
export const contactsField: GroupField = {
  name: 'contacts',
  type: 'group',
  label: label('Thông tin liên hệ', 'Contacts'),
  fields: [
    { name: 'address', type: 'textarea', localized: true, label: label('Địa chỉ', 'Address') },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
        { name: 'hotline', type: 'text', label: label('Đường dây nóng', 'Hotline') },
        { name: 'email', type: 'email', label: label('Thư điện tử', 'E-mail') },
      ],
    },
    { name: 'website', type: 'text', label: label('Trang thông tin điện tử', 'Website') },
    { name: 'openingHours', type: 'textarea', localized: true, label: label('Thời gian làm việc', 'Opening hours') },
  ],
}
