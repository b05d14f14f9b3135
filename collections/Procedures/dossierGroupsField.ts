import type { ArrayField } from 'payload'
import { label } from '@/fields/label'

/** Dossier components (thành phần hồ sơ): groups of documents with copies and templates. */
export const dossierGroupsField: ArrayField = {
  name: 'dossierGroups',
  type: 'array',
  localized: true,
  label: label('Thành phần hồ sơ', 'Dossier components'),
  labels: { singular: label('Nhóm giấy tờ', 'Group'), plural: label('Nhóm giấy tờ', 'Groups') },
  fields: [
    { name: 'title', type: 'text', label: label('Tiêu đề nhóm', 'Group title') },
    {
      name: 'documents',
      type: 'array',
      label: label('Giấy tờ', 'Documents'),
      labels: { singular: label('Giấy tờ', 'Document'), plural: label('Giấy tờ', 'Documents') },
      fields: [
        { name: 'name', type: 'textarea', required: true, label: label('Tên giấy tờ', 'Document') },
        {
          type: 'row',
          fields: [
            { name: 'originals', type: 'number', min: 0, defaultValue: 0, label: label('Số bản chính', 'Originals') },
            { name: 'copies', type: 'number', min: 0, defaultValue: 0, label: label('Số bản sao', 'Copies') },
            { name: 'quantityText', type: 'text', label: label('Nguyên văn số lượng', 'Quantity as published') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'template', type: 'upload', relationTo: 'media', label: label('Mẫu đơn, tờ khai', 'Template form') },
            { name: 'templateName', type: 'text', label: label('Tên tệp mẫu (nguồn)', 'Template file name (source)') },
          ],
        },
      ],
    },
  ],
}
