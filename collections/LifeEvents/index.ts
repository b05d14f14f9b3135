import type { CollectionConfig } from 'payload'
import { revalidateHooks } from '@/lib/cache/revalidateHooks'
import { tags } from '@/lib/cache/tags'
import { publishedContentAccess } from '@/access/collectionAccess'
import { label, labels } from '@/fields/label'
import { slugField } from '@/fields/slug'
import { statusField } from '@/fields/status'

/**
 * Life events (sự kiện cuộc sống) and business events: editor-made groupings of the procedures
 * a citizen or a business needs at one moment — a birth, a marriage, a move, starting a business.
 */
export const LifeEvents: CollectionConfig = {
  slug: 'lifeEvents',
  labels: labels(['Sự kiện cuộc sống', 'Life event'], ['Sự kiện cuộc sống', 'Life events']),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'audience', 'order', 'status'],
    group: label('Nội dung', 'Content'),
  },
  access: publishedContentAccess,
  hooks: revalidateHooks([tags.lifeEvents, tags.sitemap]),
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('Tên sự kiện', 'Name') },
    { name: 'summary', type: 'textarea', localized: true, label: label('Mô tả ngắn', 'Summary') },
    {
      type: 'row',
      fields: [
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'citizen',
          index: true,
          label: label('Dành cho', 'For'),
          options: [
            { value: 'citizen', label: label('Công dân', 'Citizens') },
            { value: 'business', label: label('Doanh nghiệp', 'Businesses') },
          ],
        },
        { name: 'order', type: 'number', defaultValue: 0, label: label('Thứ tự', 'Order') },
      ],
    },
    {
      name: 'procedures',
      type: 'relationship',
      relationTo: 'procedures',
      hasMany: true,
      label: label('Thủ tục, theo thứ tự thực hiện', 'Procedures, in the order they are done'),
    },
    statusField(),
    slugField('name'),
  ],
}
