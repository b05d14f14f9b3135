import type { CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { catalogAccess } from '@/access/collectionAccess'
import { importHashField } from '@/fields/importKey'
import { label, labels } from '@/fields/label'
import { revalidateHooks } from '@/lib/cache/revalidateHooks'
import { tags } from '@/lib/cache/tags'
import { formerUnitsField } from './formerUnitsField'

/** Provinces and communes of the two-level local government (from 1 July 2025). */
export const AdministrativeUnits: CollectionConfig = {
  slug: 'administrativeUnits',
  labels: labels(['Đơn vị hành chính', 'Administrative unit'], ['Đơn vị hành chính', 'Administrative units']),
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['code', 'fullName', 'level', 'parent'],
    listSearchableFields: ['code', 'name', 'fullName', 'nameEn'],
    group: label('Danh mục dùng chung', 'Shared catalogs'),
  },
  access: catalogAccess,
  // The localities pages, agency pages naming the unit, and the sitemap.
  hooks: revalidateHooks([tags.catalogs, tags.sitemap]),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', required: true, unique: true, index: true, label: label('Mã (Tổng cục Thống kê)', 'GSO code') },
        {
          name: 'level',
          type: 'select',
          required: true,
          index: true,
          label: label('Cấp', 'Level'),
          options: [
            { value: 'province', label: label('Tỉnh, thành phố', 'Province or city') },
            { value: 'commune', label: label('Xã, phường, đặc khu', 'Commune, ward or special zone') },
          ],
        },
        {
          name: 'type',
          type: 'select',
          required: true,
          label: label('Loại', 'Type'),
          options: [
            { value: 'city', label: label('Thành phố', 'City') },
            { value: 'province', label: label('Tỉnh', 'Province') },
            { value: 'ward', label: label('Phường', 'Ward') },
            { value: 'commune', label: label('Xã', 'Commune') },
            { value: 'specialZone', label: label('Đặc khu', 'Special zone') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: label('Tên', 'Name') },
        { name: 'fullName', type: 'text', required: true, label: label('Tên đầy đủ', 'Full name') },
        { name: 'nameEn', type: 'text', label: label('Tên tiếng Anh', 'English name') },
      ],
    },
    { name: 'parent', type: 'relationship', relationTo: 'administrativeUnits', index: true, label: label('Thuộc tỉnh, thành phố', 'Province') },
    formerUnitsField,
    slugField('fullName'),
    importHashField,
  ],
}
