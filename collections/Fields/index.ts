import type { CollectionConfig } from 'payload'
import { combineHooks, searchIndexHooks } from '@/lib/search/outbox'
import { revalidateHooks } from '@/lib/cache/revalidateHooks'
import { tags } from '@/lib/cache/tags'
import { catalogAccess } from '@/access/collectionAccess'
import { importHashField, importKeyField } from '@/fields/importKey'
import { label, labels } from '@/fields/label'
import { slugField } from '@/fields/slug'

/** Sectors and fields (ngành, lĩnh vực) into which procedures are grouped. */
export const Fields: CollectionConfig = {
  slug: 'fields',
  labels: labels(['Lĩnh vực', 'Field'], ['Lĩnh vực', 'Fields']),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'ministries'],
    group: label('Danh mục dùng chung', 'Shared catalogs'),
  },
  access: catalogAccess,
  hooks: combineHooks(revalidateHooks([tags.catalogs, tags.sitemap]), searchIndexHooks('fields')),
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('Tên lĩnh vực', 'Name') },
    { name: 'ministries', type: 'relationship', relationTo: 'agencies', hasMany: true, label: label('Bộ, ngành quản lý', 'Managing ministries') },
    slugField('name'),
    importKeyField,
    importHashField,
  ],
}
