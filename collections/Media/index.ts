import type { CollectionConfig } from 'payload'
import { editorAddsAccess } from '@/access/collectionAccess'
import { label, labels } from '@/fields/label'

/** Uploaded files: form templates, signed decisions, images. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: labels(['Tệp tin', 'File'], ['Tệp tin', 'Files']),
  admin: { group: label('Nội dung', 'Content') },
  access: editorAddsAccess,
  upload: {
    staticDir: process.env.MEDIA_DIR ?? '.data/media',
    mimeTypes: [
      'image/*',
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
  },
  fields: [{ name: 'alt', type: 'text', localized: true, label: label('Mô tả', 'Description') }],
}
