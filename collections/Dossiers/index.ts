import type { CollectionConfig } from 'payload'
import { dossierAccess } from '@/access/dossierAccess'
import { label, labels } from '@/fields/label'
import { dossierStates, stateVi } from '@/lib/dossiers/dossierWorkflow'

const stateEn: Record<(typeof dossierStates)[number], string> = {
  submitted: 'Awaiting receipt',
  supplementRequested: 'Supplement requested',
  received: 'Received',
  processing: 'Processing',
  approved: 'Result ready',
  returned: 'Result returned',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
}

/**
 * A dossier (hồ sơ) submitted online for a procedure: who applied (a copy of their identity as it
 * was at submission, for the officers), what they entered, which agency handles it, its state and
 * its clock. Written only by lib/dossiers; its timeline is the dossierEvents collection.
 */
export const Dossiers: CollectionConfig = {
  slug: 'dossiers',
  labels: labels(['Hồ sơ', 'Dossier'], ['Hồ sơ', 'Dossiers']),
  admin: { useAsTitle: 'code', defaultColumns: ['code', 'procedure', 'status', 'dueAt', 'agency'], group: label('Giải quyết hồ sơ', 'Dossiers'), listSearchableFields: ['code'] },
  defaultSort: 'dueAt',
  access: dossierAccess('agency'),
  // Relates to citizens, which stay out of GraphQL; officers use the admin and REST.
  graphQL: false,
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
    { name: 'supplementStage', type: 'select', options: ['reception', 'processing'], label: label('Bổ sung ở bước', 'Supplement asked at') },
    { name: 'submittedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } }, label: label('Nộp lúc', 'Submitted') },
    { name: 'receivedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: label('Tiếp nhận lúc', 'Received') },
    { name: 'dueAt', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } }, label: label('Hẹn trả kết quả', 'Result due') },
    { name: 'closedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: label('Kết thúc lúc', 'Closed') },
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
    { name: 'data', type: 'json', label: label('Nội dung tờ khai', 'Form answers') },
    { name: 'missing', type: 'json', label: label('Nội dung cần bổ sung', 'To supplement') },
    // A retried or double-clicked submission carries the same key: one dossier (unique with the applicant).
    { name: 'idempotencyKey', type: 'text', required: true, admin: { hidden: true } },
    { name: 'processingTime', type: 'json', admin: { hidden: true } },
    { name: 'lateReceiptCutoff', type: 'text', admin: { hidden: true } },
  ],
}
