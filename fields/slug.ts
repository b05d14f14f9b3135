import type { TextField } from 'payload'
import { slugify } from '@/lib/catalog/slugify'
import { label } from './label'

/**
 * A stable URL slug: filled from `sourceField` when the document is created and then kept,
 * so that renaming a procedure never breaks links that citizens and search engines hold.
 */
export const slugField = (sourceField = 'name'): TextField => ({
  name: 'slug',
  type: 'text',
  label: label('Đường dẫn', 'Slug'),
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: label(
      'Tự tạo từ tên khi tạo mới và không đổi về sau.',
      'Generated from the name on creation and kept afterwards.',
    ),
  },
  hooks: {
    beforeValidate: [
      ({ value, data, originalDoc }) => {
        if (typeof value === 'string' && value.length > 0) return slugify(value, 120)
        if (originalDoc?.slug) return originalDoc.slug
        const source = data?.[sourceField]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
})
