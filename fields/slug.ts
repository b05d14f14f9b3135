import type { FieldHook, TextField } from 'payload'
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
  hooks: { beforeValidate: [fillSlug(sourceField)] },
})

const fillSlug =
  (sourceField: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    if (typeof value === 'string' && value.length > 0) return slugify(value, 120)
    if (originalDoc?.slug) return originalDoc.slug
    const source = data?.[sourceField]
    if (typeof source !== 'string' || !collection) return value
    const base = slugify(source)
    // Names repeat (the same procedure at several levels): number the later ones.
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const { totalDocs } = await req.payload.count({ collection: collection.slug, where: { slug: { equals: candidate } }, req })
      if (totalDocs === 0) return candidate
    }
  }
