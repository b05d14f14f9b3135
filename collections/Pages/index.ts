import type { CollectionConfig } from 'payload'
import { revalidateHooks } from '@/lib/cache/revalidateHooks'
import { tags } from '@/lib/cache/tags'
import { publishedContentAccess } from '@/access/collectionAccess'
import { label, labels } from '@/fields/label'
import { slugField } from '@/fields/slug'
import { statusField } from '@/fields/status'

/** Editable pages: terms of use, about the portal, accessibility statement. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: labels(['Trang', 'Page'], ['Trang', 'Pages']),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'status'], group: label('Nội dung', 'Content') },
  access: publishedContentAccess,
  hooks: revalidateHooks([tags.pages, tags.sitemap]),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Tiêu đề', 'Title') },
    { name: 'content', type: 'richText', localized: true, label: label('Nội dung', 'Content') },
    statusField(),
    slugField('title'),
  ],
}
