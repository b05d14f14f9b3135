import type { CollectionConfig } from 'payload'
import { combineHooks, searchIndexHooks } from '@/lib/search/outbox'
import { revalidateHooks } from '@/lib/cache/revalidateHooks'
import { tags } from '@/lib/cache/tags'
import { slugField } from '@/fields/slug'
import { ownerInScope, scopedContentAccess } from '@/access/scopedContent'
import { importHashField } from '@/fields/importKey'
import { label, labels } from '@/fields/label'
import { statusField } from '@/fields/status'
import { checkEndpoint, workflowEndpoint } from './workflowEndpoint'

/** Written only by the workflow endpoint (with the system's rights): nobody sets these by hand. */
const workflowOnly = { create: () => false, update: () => false }

/**
 * A decision (quyết định công bố) by which a ministry or province publishes procedures. Entered as
 * a draft by an editor, then moved through the workflow by POST /api/publicationDecisions/:id/workflow
 * (lib/workflow/decisionWorkflow.ts).
 */
export const PublicationDecisions: CollectionConfig = {
  slug: 'publicationDecisions',
  labels: labels(['Quyết định công bố', 'Publication decision'], ['Quyết định công bố', 'Publication decisions']),
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'issuer', 'signedDate', 'status'],
    listSearchableFields: ['number', 'title'],
    group: label('CSDL thủ tục hành chính', 'Procedures database'),
  },
  // Owned by the issuing agency and the agencies below it: docs/adr/0008.
  access: scopedContentAccess('issuer', ['draft', 'returned']),
  endpoints: [workflowEndpoint, checkEndpoint],
  hooks: combineHooks({ beforeChange: [ownerInScope('issuer')] }, revalidateHooks([tags.decisions, tags.sitemap]), searchIndexHooks('publicationDecisions')),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'text', required: true, unique: true, index: true, label: label('Số quyết định', 'Number'), admin: { description: label('Ví dụ: 163/QĐ-BTP', 'For example 163/QĐ-BTP') } },
        { name: 'issuer', type: 'relationship', relationTo: 'agencies', index: true, label: label('Cơ quan ban hành', 'Issued by') },
      ],
    },
    { name: 'title', type: 'textarea', localized: true, label: label('Trích yếu', 'Title') },
    {
      type: 'row',
      fields: [
        { name: 'signedDate', type: 'date', label: label('Ngày ký', 'Signed on'), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        { name: 'effectiveDate', type: 'date', label: label('Ngày hiệu lực', 'Effective from'), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
    { name: 'document', type: 'upload', relationTo: 'media', label: label('Văn bản đã ký (PDF)', 'Signed decision (PDF)') },
    {
      name: 'items',
      type: 'array',
      label: label('Nội dung công bố', 'Items'),
      labels: { singular: label('Thủ tục', 'Item'), plural: label('Các thủ tục', 'Items') },
      admin: {
        description: label(
          'Các thủ tục mà quyết định công bố mới, sửa đổi, bổ sung hoặc bãi bỏ. Thủ tục nhập từ CSDL quốc gia gắn với quyết định qua trường "Quyết định công bố" của thủ tục.',
          'The procedures the decision publishes, amends or abolishes. Procedures imported from the national database point to their decision through their own "Publication decision" field.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'action',
              type: 'select',
              required: true,
              defaultValue: 'publish',
              options: [
                { value: 'publish', label: label('Công bố mới', 'New') },
                { value: 'amend', label: label('Sửa đổi, bổ sung', 'Amended') },
                { value: 'abolish', label: label('Bãi bỏ', 'Abolished') },
              ],
              label: label('Loại', 'Action'),
              admin: { width: '30%' },
            },
            { name: 'procedure', type: 'relationship', relationTo: 'procedures', required: true, label: label('Thủ tục', 'Procedure'), admin: { width: '70%' } },
          ],
        },
      ],
    },
    // The reviewer's checking view and the workflow's buttons (GET …/check, POST …/workflow).
    { name: 'checking', type: 'ui', admin: { components: { Field: '/components/admin/DecisionWorkflowPanel#DecisionWorkflowPanel' } } },
    statusField(['draft', 'submitted', 'returned', 'approved', 'published']),
    {
      type: 'row',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'submittedBy', type: 'relationship', relationTo: 'users', label: label('Người trình', 'Submitted by'), access: workflowOnly, admin: { readOnly: true } },
        { name: 'reviewedBy', type: 'relationship', relationTo: 'users', label: label('Người kiểm duyệt', 'Checked by'), access: workflowOnly, admin: { readOnly: true } },
      ],
    },
    {
      name: 'workflowLog',
      type: 'array',
      label: label('Quá trình xử lý', 'Workflow'),
      labels: { singular: label('Bước', 'Step'), plural: label('Các bước', 'Steps') },
      access: workflowOnly,
      admin: { readOnly: true, initCollapsed: false, description: label('Ghi lại mỗi lần trình, rút lại, trả lại, duyệt và công bố.', 'Every submission, withdrawal, return, approval and publication.') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'action',
              type: 'select',
              required: true,
              options: [
                { value: 'submit', label: label('Trình kiểm duyệt', 'Submitted') },
                { value: 'withdraw', label: label('Rút lại', 'Withdrawn') },
                { value: 'return', label: label('Trả lại', 'Returned') },
                { value: 'approve', label: label('Duyệt', 'Approved') },
                { value: 'publish', label: label('Công bố', 'Published') },
              ],
              label: label('Thao tác', 'Action'),
            },
            { name: 'by', type: 'relationship', relationTo: 'users', label: label('Người thực hiện', 'By') },
            { name: 'at', type: 'date', required: true, label: label('Thời điểm', 'At'), admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
          ],
        },
        { name: 'comment', type: 'textarea', label: label('Ý kiến', 'Comment') },
      ],
    },
    slugField('number'),
    importHashField,
  ],
}
