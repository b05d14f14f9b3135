import type { CollectionConfig } from 'payload'
import { combineHooks, searchIndexHooks } from '@/lib/search/outbox'
import { revalidateHooks } from '@/lib/cache/revalidateHooks'
import { tags } from '@/lib/cache/tags'
import { slugField } from '@/fields/slug'
import { publishedContentAccess } from '@/access/collectionAccess'
import { importHashField } from '@/fields/importKey'
import { label, labels } from '@/fields/label'
import { statusField } from '@/fields/status'

/** A decision (quyết định công bố) by which a ministry or province publishes procedures. */
export const PublicationDecisions: CollectionConfig = {
  slug: 'publicationDecisions',
  labels: labels(['Quyết định công bố', 'Publication decision'], ['Quyết định công bố', 'Publication decisions']),
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'issuer', 'signedDate', 'status'],
    listSearchableFields: ['number', 'title'],
    group: label('CSDL thủ tục hành chính', 'Procedures database'),
  },
  access: publishedContentAccess,
  hooks: combineHooks(revalidateHooks([tags.decisions, tags.sitemap]), searchIndexHooks('publicationDecisions')),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'text', required: true, unique: true, index: true, label: label('Số quyết định', 'Number'), admin: { description: label('Ví dụ: 163/QĐ-BTP', 'For example 163/QĐ-BTP') } },
        { name: 'issuer', type: 'relationship', relationTo: 'agencies', index: true, label: label('Cơ quan ban hành', 'Issued by') },
      ],
    },
    { name: 'title', type: 'textarea', localized: true, label: label('Trích yếu', 'Title') },
    {
      type: 'row',
      fields: [
        { name: 'signedDate', type: 'date', label: label('Ngày ký', 'Signed on'), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        { name: 'effectiveDate', type: 'date', label: label('Ngày hiệu lực', 'Effective from'), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
    { name: 'document', type: 'upload', relationTo: 'media', label: label('Văn bản đã ký (PDF)', 'Signed decision (PDF)') },
    statusField(['draft', 'published']),
    slugField('number'),
    importHashField,
  ],
}
