import type { CollectionConfig } from 'payload'
import { combineHooks, searchIndexHooks } from '@/lib/search/outbox'
import { changesOnlyAsDrafts, draftedContentAccess } from '@/access/draftedContent'
import { adminOnlyField } from '@/access/roles'
import { ownerInScope } from '@/access/scopedContent'
import { importHashField } from '@/fields/importKey'
import { labels, label } from '@/fields/label'
import { reviewFlagsFields } from '@/fields/reviewFlags'
import { slugField } from '@/fields/slug'
import { statusField } from '@/fields/status'
import { levelOptions, onlineServiceLevelOptions, subjectOptions } from '@/lib/catalog/options'
import { validateProcedureCode } from '@/lib/catalog/validateProcedureCode'
import { say } from '@/lib/payload/requestLanguage'
import { channelsField } from './channelsField'
import { dossierGroupsField } from './dossierGroupsField'
import { keepDecisionItems } from './hooks/keepDecisionItems'
import { syncDraftStatus } from './hooks/syncDraftStatus'
import { revalidateDeletedProcedure, revalidateProcedure } from './hooks/revalidateProcedure'

/** An administrative procedure (thủ tục hành chính) of the national database (CSDL TTHC). */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  labels: labels(['Thủ tục hành chính', 'Procedure'], ['Thủ tục hành chính', 'Procedures']),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'ministry', 'field', 'status', 'needsReview'],
    listSearchableFields: ['code', 'name'],
    group: label('CSDL thủ tục hành chính', 'Procedures database'),
    // "Preview": the latest draft on the public page's layout, in the admin's current locale (app/api/preview).
    preview: (doc, { locale }) => (doc?.id ? `/api/preview?id=${String(doc.id)}&locale=${locale === 'en' ? 'en' : 'vi'}` : null),
  },
  // Owned by the managing agency (ministry or province) and the agencies below it: docs/adr/0008.
  access: draftedContentAccess('ministry'),
  // Drafts beside the published version (new procedures and amendments) and a history of every
  // published version; publishing goes through a publication decision (lib/workflow).
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: combineHooks({ beforeOperation: [changesOnlyAsDrafts, syncDraftStatus], beforeChange: [ownerInScope('ministry')], beforeDelete: [keepDecisionItems], afterChange: [revalidateProcedure], afterDelete: [revalidateDeletedProcedure] }, searchIndexHooks('procedures')),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          label: label('Mã thủ tục', 'National code'),
          required: true,
          unique: true,
          index: true,
          validate: (value: string | null | undefined, { req }: { req: { i18n?: { language?: string } } }) =>
            validateProcedureCode(value ?? '') ||
            say(
              req,
              'Mã thủ tục không hợp lệ: phải có dạng 1.001193, có thể thêm các đoạn hậu tố biến thể.',
              'Invalid national code: expected the form 1.001193, optionally followed by variant segments.',
            ),
          admin: { width: '30%', description: label('Ví dụ: 1.001193', 'For example 1.001193') },
        },
        {
          name: 'name',
          type: 'text',
          label: label('Tên thủ tục', 'Name'),
          required: true,
          localized: true,
          admin: { width: '70%' },
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('Thông tin chung', 'General'),
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'ministry', type: 'relationship', relationTo: 'agencies', index: true, label: label('Bộ, ngành quản lý', 'Managing ministry') },
                { name: 'field', type: 'relationship', relationTo: 'fields', index: true, label: label('Lĩnh vực', 'Field') },
              ],
            },
            { name: 'levels', type: 'select', hasMany: true, options: levelOptions, label: label('Cấp thực hiện', 'Implementation levels') },
            { name: 'subjects', type: 'select', hasMany: true, options: subjectOptions, label: label('Đối tượng thực hiện', 'Subjects') },
            { name: 'procedureType', type: 'text', label: label('Loại thủ tục', 'Procedure type') },
            {
              type: 'row',
              fields: [
                { name: 'competentAuthority', type: 'relationship', relationTo: 'agencies', label: label('Cơ quan có thẩm quyền', 'Competent authority') },
                { name: 'executingAgency', type: 'relationship', relationTo: 'agencies', label: label('Cơ quan thực hiện', 'Executing agency') },
              ],
            },
            { name: 'receivingAddress', type: 'textarea', localized: true, label: label('Địa chỉ tiếp nhận hồ sơ', 'Where to submit') },
            { name: 'delegatedAgency', type: 'textarea', label: label('Cơ quan được ủy quyền', 'Delegated agency') },
            { name: 'coordinatingAgency', type: 'textarea', label: label('Cơ quan phối hợp', 'Coordinating agency') },
            { name: 'relatedProcedures', type: 'textarea', label: label('Thủ tục hành chính liên quan', 'Related procedures') },
            {
              name: 'onlineServiceLevel',
              type: 'select',
              options: onlineServiceLevelOptions,
              defaultValue: 'none',
              index: true,
              label: label('Mức độ dịch vụ công trực tuyến', 'Online-service level'),
            },
            {
              name: 'minimumAssuranceLevel',
              type: 'select',
              options: [
                { value: '1', label: label('Mức 1', 'Level 1') },
                { value: '2', label: label('Mức 2', 'Level 2') },
              ],
              defaultValue: '1',
              label: label('Mức định danh điện tử tối thiểu để nộp trực tuyến', 'Minimum electronic identification level to apply online'),
              admin: {
                condition: (data) => data?.onlineServiceLevel && data.onlineServiceLevel !== 'none',
                description: label('Công dân đăng nhập bằng tài khoản định danh mức thấp hơn sẽ được hướng dẫn đăng nhập lại.', 'Citizens signed in at a lower level are told how to sign in again.'),
              },
            },
          ],
        },
        {
          label: label('Trình tự, cách thức', 'Steps and channels'),
          fields: [
            {
              name: 'steps',
              type: 'array',
              localized: true,
              label: label('Trình tự thực hiện', 'Steps'),
              labels: { singular: label('Bước', 'Step'), plural: label('Các bước', 'Steps') },
              fields: [{ name: 'description', type: 'textarea', required: true, label: label('Nội dung', 'Description') }],
            },
            channelsField,
          ],
        },
        {
          label: label('Hồ sơ, yêu cầu, kết quả', 'Dossier, requirements, results'),
          fields: [
            dossierGroupsField,
            { name: 'requirements', type: 'textarea', localized: true, label: label('Yêu cầu, điều kiện', 'Requirements and conditions') },
            {
              name: 'results',
              type: 'array',
              label: label('Kết quả thực hiện', 'Results'),
              labels: { singular: label('Kết quả', 'Result'), plural: label('Kết quả', 'Results') },
              fields: [
                { name: 'name', type: 'textarea', required: true, localized: true, label: label('Tên kết quả', 'Name') },
                { name: 'code', type: 'text', label: label('Mã kết quả', 'Result code') },
              ],
            },
          ],
        },
        {
          label: label('Căn cứ pháp lý, công bố', 'Legal basis and publication'),
          fields: [
            { name: 'legalBases', type: 'relationship', relationTo: 'legalDocuments', hasMany: true, label: label('Căn cứ pháp lý', 'Legal bases') },
            {
              name: 'legalBasisUnresolved',
              type: 'array',
              label: label('Căn cứ pháp lý chưa xác định được văn bản', 'Legal-basis text not tied to a document'),
              fields: [{ name: 'text', type: 'textarea', required: true, label: label('Nội dung', 'Text') }],
            },
            {
              name: 'publicationDecision',
              type: 'relationship',
              relationTo: 'publicationDecisions',
              index: true,
              label: label('Quyết định công bố', 'Publication decision'),
              // Set when a decision publishes or amends the procedure.
              access: { create: adminOnlyField, update: adminOnlyField },
              admin: { description: label('Quyết định gần nhất đã công bố hoặc sửa đổi thủ tục.', 'The latest decision that published or amended the procedure.') },
            },
            {
              name: 'abolishedBy',
              type: 'relationship',
              relationTo: 'publicationDecisions',
              label: label('Bãi bỏ theo quyết định', 'Abolished by decision'),
              access: { create: adminOnlyField, update: adminOnlyField },
              admin: { readOnly: true, condition: (data) => Boolean(data?.abolishedBy) },
            },
            { name: 'sourceUrl', type: 'text', label: label('Nguồn', 'Source link') },
            { name: 'source', type: 'text', label: label('Nguồn dữ liệu nhập', 'Import source'), admin: { readOnly: true } },
          ],
        },
      ],
    },
    statusField(['draft', 'published', 'abolished'], 'enum_procedures_lifecycle'),
    slugField('name'),
    ...reviewFlagsFields,
    importHashField,
  ],
}
