import type { CollectionConfig } from 'payload'
import { dossierAccess } from '@/access/dossierAccess'
import { label, labels } from '@/fields/label'
import { stateEn } from '@/lib/dossiers/dossierLabels'
import { dossierStates, stateVi } from '@/lib/dossiers/dossierWorkflow'
import { officerActionHandler } from '@/lib/dossiers/http/officerAction'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } as const
/** A panel of the dossier's page (components/admin/dossiers): shown, never stored. */
const panel = (name: string, component: string) => ({ name, type: 'ui' as const, admin: { components: { Field: `/components/admin/dossiers/${component}#${component}` } } })

/**
 * A dossier (hồ sơ) submitted online for a procedure: who applied (a copy of their identity as it
 * was at submission, for the officers), what they entered, which agency handles it, its state and
 * its clock. Written only by lib/dossiers; its timeline is the dossierEvents collection. In the
 * admin, the list is the officers' queue (quick filters, overdue dates) and a dossier's page shows
 * its answers, files and timeline and the actions its state allows (POST /api/dossiers/:id/act).
 */
export const Dossiers: CollectionConfig = {
  slug: 'dossiers',
  labels: labels(['Hồ sơ', 'Dossier'], ['Hồ sơ', 'Dossiers']),
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'procedure', 'status', 'dueAt', 'agency', 'submittedAt'],
    group: label('Giải quyết hồ sơ', 'Dossiers'),
    listSearchableFields: ['code'],
    components: { beforeList: ['/components/admin/dossiers/QueueFilters#QueueFilters'] },
  },
  defaultSort: 'dueAt',
  access: dossierAccess('agency'),
  // Relates to citizens, which stay out of GraphQL; officers use the admin and REST.
  graphQL: false,
  endpoints: [{ path: '/:id/act', method: 'post', handler: officerActionHandler }],
  indexes: [{ fields: ['applicant', 'idempotencyKey'], unique: true }],
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, label: label('Mã hồ sơ', 'Dossier code') },
    { name: 'procedure', type: 'relationship', relationTo: 'procedures', required: true, label: label('Thủ tục', 'Procedure') },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true, label: label('Cơ quan giải quyết', 'Handling agency') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      options: dossierStates.map((state) => ({ value: state, label: label(stateVi[state], stateEn[state]) })),
      label: label('Trạng thái', 'Status'),
    },
    panel('handling', 'DossierActions'),
    { name: 'supplementStage', type: 'select', options: ['reception', 'processing'], label: label('Bổ sung ở bước', 'Supplement asked at'), admin: { position: 'sidebar' } },
    { name: 'submittedAt', type: 'date', required: true, admin: { ...dayAndTime, position: 'sidebar' }, label: label('Nộp lúc', 'Submitted') },
    { name: 'receivedAt', type: 'date', admin: { ...dayAndTime, position: 'sidebar' }, label: label('Tiếp nhận lúc', 'Received') },
    {
      name: 'dueAt',
      type: 'date',
      index: true,
      admin: { ...dayAndTime, position: 'sidebar', components: { Cell: '/components/admin/dossiers/DueDateCell#DueDateCell' } },
      label: label('Hẹn trả kết quả', 'Result due'),
    },
    { name: 'closedAt', type: 'date', admin: { ...dayAndTime, position: 'sidebar' }, label: label('Kết thúc lúc', 'Closed') },
    { name: 'applicant', type: 'relationship', relationTo: 'citizens', required: true, label: label('Người nộp', 'Applicant'), admin: { hidden: true } },
    {
      name: 'applicantSnapshot',
      type: 'group',
      label: label('Người nộp hồ sơ', 'Applicant'),
      fields: [
        { name: 'fullName', type: 'text', label: label('Họ và tên', 'Full name') },
        { name: 'personalId', type: 'text', label: label('Số định danh cá nhân', 'Personal identification number') },
        { name: 'phone', type: 'text', label: label('Số điện thoại', 'Phone') },
        { name: 'email', type: 'text', label: label('Thư điện tử', 'E-mail') },
      ],
    },
    // Shown by the panels below with the form's labels; kept as JSON in the schema.
    { name: 'data', type: 'json', label: label('Nội dung tờ khai', 'Form answers'), admin: { hidden: true } },
    { name: 'missing', type: 'json', label: label('Nội dung cần bổ sung', 'To supplement'), admin: { hidden: true } },
    panel('answers', 'DossierAnswers'),
    panel('files', 'DossierFilesPanel'),
    panel('timeline', 'DossierTimelinePanel'),
    // A retried or double-clicked submission carries the same key: one dossier (unique with the applicant).
    { name: 'idempotencyKey', type: 'text', required: true, admin: { hidden: true } },
    { name: 'processingTime', type: 'json', admin: { hidden: true } },
    { name: 'lateReceiptCutoff', type: 'text', admin: { hidden: true } },
  ],
}
