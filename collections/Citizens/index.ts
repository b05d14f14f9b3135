import type { CollectionConfig } from 'payload'
import { label, labels } from '@/fields/label'

const nobody = () => false

/**
 * Citizens who have signed in through the national identity provider. Their identity comes
 * from the provider at every sign-in and is never edited here; they change only their contact
 * preferences, in their account area (lib/citizen). Not staff: no Payload authentication, no
 * access through the admin, REST or GraphQL; the portal's own routes use the Local API.
 */
export const Citizens: CollectionConfig = {
  slug: 'citizens',
  labels: labels(['Công dân', 'Citizen'], ['Công dân', 'Citizens']),
  admin: { hidden: true, useAsTitle: 'fullName' },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody, readVersions: nobody, unlock: nobody },
  graphQL: false,
  indexes: [{ fields: ['issuer', 'subject'], unique: true }],
  fields: [
    // Identity, as the provider asserted it at the last sign-in.
    { name: 'issuer', type: 'text', required: true, label: label('Nhà cung cấp định danh', 'Identity provider') },
    { name: 'subject', type: 'text', required: true, label: label('Mã định danh tại nhà cung cấp', 'Subject at the provider') },
    { name: 'personalId', type: 'text', index: true, label: label('Số định danh cá nhân', 'Personal identification number') },
    { name: 'fullName', type: 'text', label: label('Họ và tên', 'Full name') },
    { name: 'birthDate', type: 'text', label: label('Ngày sinh', 'Date of birth') },
    { name: 'gender', type: 'text', label: label('Giới tính', 'Gender') },
    { name: 'phone', type: 'text', label: label('Số điện thoại', 'Phone') },
    { name: 'email', type: 'text', label: label('Thư điện tử', 'E-mail') },
    { name: 'permanentAddress', type: 'text', label: label('Nơi thường trú', 'Permanent address') },
    { name: 'assuranceLevel', type: 'number', label: label('Mức định danh lần đăng nhập gần nhất', 'Assurance level at the last sign-in') },
    { name: 'lastSignInAt', type: 'date', label: label('Lần đăng nhập gần nhất', 'Last sign-in') },
    // Chosen by the citizen.
    {
      name: 'contact',
      type: 'group',
      label: label('Liên hệ', 'Contact'),
      fields: [
        { name: 'email', type: 'text', label: label('Thư điện tử nhận thông báo', 'E-mail for notices') },
        { name: 'phone', type: 'text', label: label('Số điện thoại nhận thông báo', 'Phone for notices') },
        { name: 'byEmail', type: 'checkbox', defaultValue: true, label: label('Thông báo qua thư điện tử', 'Notices by e-mail') },
        { name: 'bySms', type: 'checkbox', defaultValue: false, label: label('Thông báo qua tin nhắn', 'Notices by text message') },
        { name: 'language', type: 'select', defaultValue: 'vi', options: ['vi', 'en'], label: label('Ngôn ngữ', 'Language') },
      ],
    },
  ],
}
