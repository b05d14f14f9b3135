import type { CollectionConfig } from 'payload'
import { vocabularyAccess } from '@/access/collectionAccess'
import { label, labels } from '@/fields/label'
import { searchIndexHooks } from '@/lib/search/outbox'

/**
 * The search vocabulary: everyday words, abbreviations and former place names that citizens type,
 * and what they mean in the official wording ("sổ đỏ" → "giấy chứng nhận quyền sử dụng đất").
 * Pushed to Meilisearch as synonyms through the search outbox whenever an entry changes.
 */
export const SearchVocabulary: CollectionConfig = {
  slug: 'searchVocabulary',
  labels: labels(['Từ điển tìm kiếm', 'Search term'], ['Từ điển tìm kiếm', 'Search vocabulary']),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'expandsTo', 'source'],
    listSearchableFields: ['title'],
    group: label('Tìm kiếm', 'Search'),
    description: label(
      'Từ ngữ người dân hay dùng và nghĩa chính thức của chúng. Thay đổi có hiệu lực với ô tìm kiếm sau vài giây.',
      'Words citizens use and their official meaning. Changes reach the search box within seconds.',
    ),
  },
  access: vocabularyAccess,
  hooks: {
    ...searchIndexHooks('searchVocabulary'),
    beforeChange: [
      ({ data }) => {
        // Meilisearch compares synonyms in lower case; keep them so, trimmed and without repeats.
        const clean = (values: unknown) => [...new Set(((values as string[] | undefined) ?? []).map((v) => v.trim().toLowerCase()).filter(Boolean))]
        data.words = clean(data.words)
        data.expandsTo = clean(data.expandsTo)
        data.title = (data.words as string[]).join(', ')
        return data
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', admin: { hidden: true } },
    {
      name: 'words',
      type: 'text',
      hasMany: true,
      required: true,
      minRows: 1,
      label: label('Từ ngữ người dân gõ', 'Words citizens type'),
      admin: { description: label('Ví dụ: sổ đỏ, sổ hồng. Không phân biệt chữ hoa.', 'For example: sổ đỏ, sổ hồng. Case does not matter.') },
    },
    {
      name: 'expandsTo',
      type: 'text',
      hasMany: true,
      label: label('Tìm thêm theo cách gọi chính thức', 'Also search for (official wording)'),
      admin: {
        description: label(
          'Để trống nếu các từ ở trên tương đương nhau (ví dụ: cccd, căn cước công dân). Nếu điền, mỗi từ ở trên sẽ tìm thêm các cụm từ này, nhưng không ngược lại.',
          'Leave empty when the words above are equivalent (e.g. cccd, căn cước công dân). When filled, each word above also searches for these phrases, not the other way round.',
        ),
      },
    },
    { name: 'note', type: 'textarea', label: label('Ghi chú', 'Note') },
    {
      name: 'source',
      type: 'select',
      defaultValue: 'editor',
      options: [
        { value: 'editor', label: label('Biên tập viên', 'Editor') },
        { value: 'starter', label: label('Bộ từ khởi tạo', 'Starter vocabulary') },
        { value: 'formerPlaces', label: label('Địa danh cũ (trước 2025)', 'Former place names (before 2025)') },
      ],
      label: label('Nguồn', 'Source'),
      admin: { position: 'sidebar' },
    },
  ],
}
