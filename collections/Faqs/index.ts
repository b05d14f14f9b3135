import type { CollectionConfig } from 'payload'
import { combineHooks, searchIndexHooks } from '@/lib/search/outbox'
import { revalidateHooks } from '@/lib/cache/revalidateHooks'
import { tags } from '@/lib/cache/tags'
import { publishedContentAccess } from '@/access/collectionAccess'
import { label, labels } from '@/fields/label'
import { slugField } from '@/fields/slug'
import { statusField } from '@/fields/status'

/** Questions and answers (hỏi đáp) for common problems. */
export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: labels(['Câu hỏi thường gặp', 'FAQ'], ['Câu hỏi thường gặp', 'FAQs']),
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'field', 'status'], group: label('Hỗ trợ', 'Support') },
  access: publishedContentAccess,
  hooks: combineHooks(revalidateHooks([tags.faqs, tags.sitemap]), searchIndexHooks('faqs')),
  fields: [
    { name: 'question', type: 'text', required: true, localized: true, label: label('Câu hỏi', 'Question') },
    { name: 'answer', type: 'richText', required: true, localized: true, label: label('Trả lời', 'Answer') },
    {
      type: 'row',
      fields: [
        { name: 'field', type: 'relationship', relationTo: 'fields', index: true, label: label('Lĩnh vực', 'Field') },
        { name: 'procedures', type: 'relationship', relationTo: 'procedures', hasMany: true, label: label('Thủ tục liên quan', 'Related procedures') },
      ],
    },
    statusField(),
    slugField('question'),
  ],
}
