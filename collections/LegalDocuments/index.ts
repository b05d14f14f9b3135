import type { CollectionConfig } from 'payload'
import { editorAddsAccess } from '@/access/collectionAccess'
import { importHashField } from '@/fields/importKey'
import { label, labels } from '@/fields/label'
import { reviewFlagsFields } from '@/fields/reviewFlags'

/** Laws, decrees, circulars and decisions cited as legal bases (căn cứ pháp lý). */
export const LegalDocuments: CollectionConfig = {
  slug: 'legalDocuments',
  labels: labels(['Văn bản pháp luật', 'Legal document'], ['Văn bản pháp luật', 'Legal documents']),
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'type', 'title', 'issuedDate'],
    listSearchableFields: ['code', 'title'],
    group: label('CSDL thủ tục hành chính', 'Procedures database'),
  },
  access: editorAddsAccess,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', required: true, unique: true, index: true, label: label('Số, ký hiệu', 'Number') },
        { name: 'type', type: 'text', label: label('Loại văn bản', 'Type') },
        { name: 'issuedDate', type: 'date', label: label('Ngày ban hành', 'Issued on'), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
    { name: 'title', type: 'textarea', required: true, localized: true, label: label('Trích yếu', 'Title') },
    { name: 'issuer', type: 'text', label: label('Cơ quan ban hành', 'Issued by') },
    { name: 'url', type: 'text', label: label('Đường dẫn toàn văn', 'Link to the full text') },
    ...reviewFlagsFields,
    importHashField,
  ],
}
