import type { CollectionConfig } from 'payload'
import { labels } from '@/fields/label'

const nobody = () => false

/**
 * An online application being filled in: the answers so far (as typed, step by step), kept on
 * the server so that the citizen can resume on another device. One per citizen and procedure;
 * its uploaded files are dossierFiles rows pointing at it. Submitting turns it into a dossier
 * and deletes it, in one transaction (lib/dossiers/submitDossier). Only lib/dossiers reads or
 * writes it.
 */
export const DossierDrafts: CollectionConfig = {
  slug: 'dossierDrafts',
  labels: labels(['Hồ sơ đang khai', 'Application draft'], ['Hồ sơ đang khai', 'Application drafts']),
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  indexes: [{ fields: ['applicant', 'procedure'], unique: true }],
  fields: [
    { name: 'applicant', type: 'relationship', relationTo: 'citizens', required: true },
    { name: 'procedure', type: 'relationship', relationTo: 'procedures', required: true },
    // Field name → what was typed (addresses as `<name>.province` etc.), checked again at submission.
    { name: 'answers', type: 'json' },
    // Keys of the steps whose answers passed the checks.
    { name: 'completedSteps', type: 'json' },
    // The submission's idempotency key: a double click or a retry of "submit" gives one dossier.
    { name: 'submissionKey', type: 'text', required: true },
  ],
}
