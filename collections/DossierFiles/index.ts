import type { CollectionConfig } from 'payload'
import { dossierAccess } from '@/access/dossierAccess'
import { label, labels } from '@/fields/label'

/**
 * A file of a dossier: a document the citizen uploaded (while applying, or as a supplement) or the
 * result an officer returned. The bytes are in private storage (lib/files/privateStorage) under a
 * random key, never under the public media path; downloads go through /api/files/<id> with a
 * short-lived signed link, for the applicant and the handling agency's officers only. A file
 * uploaded during an application belongs to the draft until the submission adopts it.
 */
export const DossierFiles: CollectionConfig = {
  slug: 'dossierFiles',
  labels: labels(['Tệp hồ sơ', 'Dossier file'], ['Tệp hồ sơ', 'Dossier files']),
  admin: { hidden: true },
  access: dossierAccess('dossier.agency'),
  graphQL: false,
  fields: [
    { name: 'dossier', type: 'relationship', relationTo: 'dossiers', index: true },
    { name: 'draft', type: 'relationship', relationTo: 'dossierDrafts', index: true },
    { name: 'applicant', type: 'relationship', relationTo: 'citizens', required: true },
    { name: 'purpose', type: 'select', required: true, options: ['document', 'supplement', 'result'] },
    // The form's document (FormDocument.key) this file answers.
    { name: 'documentKey', type: 'text' },
    { name: 'name', type: 'text', required: true, label: label('Tên tệp', 'File name') },
    { name: 'mime', type: 'text', required: true },
    { name: 'size', type: 'number', required: true },
    { name: 'sha256', type: 'text', required: true },
    { name: 'storageKey', type: 'text', required: true },
    { name: 'uploadedBy', type: 'relationship', relationTo: 'users', label: label('Cán bộ tải lên', 'Uploaded by') },
  ],
}
