import type { CollectionConfig } from 'payload'
import { dossierAccess } from '@/access/dossierAccess'
import { label, labels } from '@/fields/label'
import { dossierActions, dossierStates } from '@/lib/dossiers/dossierWorkflow'

/**
 * A dossier's timeline: one entry per action — who, when, what, the state before and after,
 * what the citizen is told (`note`), and the due date it set. Appended by lib/dossiers only.
 */
export const DossierEvents: CollectionConfig = {
  slug: 'dossierEvents',
  labels: labels(['Tiến trình hồ sơ', 'Dossier event'], ['Tiến trình hồ sơ', 'Dossier events']),
  admin: { hidden: true },
  defaultSort: 'at',
  access: dossierAccess('dossier.agency'),
  // Relates to citizens, which stay out of GraphQL; officers use the admin and REST.
  graphQL: false,
  fields: [
    { name: 'dossier', type: 'relationship', relationTo: 'dossiers', required: true, index: true },
    { name: 'at', type: 'date', required: true },
    { name: 'action', type: 'select', required: true, options: ['submit', ...dossierActions] },
    { name: 'fromState', type: 'select', options: [...dossierStates] },
    { name: 'toState', type: 'select', required: true, options: [...dossierStates] },
    { name: 'actorType', type: 'select', required: true, options: ['citizen', 'officer', 'system'] },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: label('Cán bộ', 'Officer') },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', label: label('Cơ quan', 'Agency') },
    { name: 'note', type: 'textarea', label: label('Nội dung', 'Note') },
    { name: 'dueAt', type: 'date' },
    { name: 'detail', type: 'json' },
  ],
}
