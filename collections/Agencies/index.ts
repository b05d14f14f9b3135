import type { CollectionConfig } from 'payload'
import { combineHooks, searchIndexHooks } from '@/lib/search/outbox'
import { slugField } from '@/fields/slug'
import { agencyAccess, agencyStaysInScope } from '@/access/collectionAccess'
import { importHashField, importKeyField } from '@/fields/importKey'
import { label, labels } from '@/fields/label'
import { reviewFlagsFields } from '@/fields/reviewFlags'
import { revalidateHooks } from '@/lib/cache/revalidateHooks'
import { tags } from '@/lib/cache/tags'
import { agencyTypeOptions } from '@/lib/catalog/agencyTypes'
import { contactsField } from './contactsField'

/** Bodies that manage, decide or carry out procedures: ministries, departments, local bodies. */
export const Agencies: CollectionConfig = {
  slug: 'agencies',
  labels: labels(['Cơ quan', 'Agency'], ['Cơ quan', 'Agencies']),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'abbreviation', 'type', 'parent'],
    listSearchableFields: ['name', 'abbreviation', 'code'],
    group: label('Danh mục dùng chung', 'Shared catalogs'),
  },
  access: agencyAccess,
  // The directory, the agency's page, hotlines naming it, ministry listings and the sitemap.
  hooks: combineHooks({ beforeChange: [agencyStaysInScope] }, revalidateHooks([tags.catalogs, tags.sitemap]), searchIndexHooks('agencies')),
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('Tên cơ quan', 'Name') },
    {
      type: 'row',
      fields: [
        { name: 'abbreviation', type: 'text', label: label('Viết tắt', 'Abbreviation') },
        { name: 'code', type: 'text', unique: true, label: label('Mã cơ quan', 'Agency code') },
        { name: 'type', type: 'select', required: true, defaultValue: 'other', options: agencyTypeOptions, index: true, label: label('Loại', 'Type') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'parent', type: 'relationship', relationTo: 'agencies', index: true, label: label('Cơ quan cấp trên', 'Parent agency') },
        { name: 'administrativeUnit', type: 'relationship', relationTo: 'administrativeUnits', label: label('Đơn vị hành chính', 'Administrative unit') },
      ],
    },
    contactsField,
    {
      name: 'formerNames',
      type: 'array',
      label: label('Tên cũ, cơ quan được hợp nhất', 'Former names and merged predecessors'),
      fields: [{ name: 'name', type: 'text', required: true, label: label('Tên', 'Name') }],
    },
    slugField('name'),
    ...reviewFlagsFields,
    importKeyField,
    importHashField,
  ],
}
