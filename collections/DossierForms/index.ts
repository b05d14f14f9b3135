import type { Access, CollectionConfig, Field } from 'payload'
import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/roles'
import { ownedByScope } from '@/access/scopedContent'
import { label, labels } from '@/fields/label'
import { fieldTypes, fileKinds, prefillSources } from '@/lib/dossiers/forms/types'

/** Editors of the procedure's managing agency tree (and administrators) keep its form. */
const procedureEditors: Access = async ({ req }) => (hasRole(req, 'admin') ? true : hasRole(req, 'editor') ? ownedByScope(req, 'procedure.ministry') : false)

const key = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'text',
  required: true,
  label: label(vi, en),
  validate: (value: unknown) => (typeof value === 'string' && /^[a-zA-Z][a-zA-Z0-9]*$/.test(value)) || 'Chỉ chữ cái không dấu và chữ số, bắt đầu bằng chữ cái / Letters and digits, starting with a letter',
})

/**
 * The online form of a procedure (tờ khai trực tuyến): steps of typed fields, one topic per step,
 * and the documents to upload, from the procedure's dossier components. Read by everyone (it is
 * what the public form asks); kept by the editors of the procedure's agency tree. Five real forms
 * are imported with the catalogue (lib/dossiers/forms/starterForms.ts).
 */
export const DossierForms: CollectionConfig = {
  slug: 'dossierForms',
  labels: labels(['Tờ khai trực tuyến', 'Online form'], ['Tờ khai trực tuyến', 'Online forms']),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'procedure'], group: label('CSDL thủ tục hành chính', 'Procedures database') },
  access: { read: anyone, create: procedureEditors, update: procedureEditors, delete: procedureEditors },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Tên tờ khai', 'Title') },
    { name: 'procedure', type: 'relationship', relationTo: 'procedures', required: true, unique: true, label: label('Thủ tục', 'Procedure') },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      label: label('Các bước', 'Steps'),
      fields: [
        key('key', 'Mã bước', 'Step key'),
        { name: 'title', type: 'text', required: true, localized: true, label: label('Tiêu đề bước', 'Step title') },
        {
          name: 'fields',
          type: 'array',
          required: true,
          minRows: 1,
          label: label('Trường thông tin', 'Fields'),
          fields: [
            { type: 'row', fields: [key('name', 'Mã trường', 'Field name'), { name: 'type', type: 'select', required: true, options: [...fieldTypes], label: label('Kiểu', 'Type') }] },
            { name: 'label', type: 'text', required: true, localized: true, label: label('Nhãn', 'Label') },
            { name: 'hint', type: 'text', localized: true, label: label('Gợi ý', 'Hint') },
            {
              type: 'row',
              fields: [
                { name: 'required', type: 'checkbox', defaultValue: false, label: label('Bắt buộc', 'Required') },
                { name: 'prefill', type: 'select', options: [...prefillSources], label: label('Điền sẵn từ định danh', 'Pre-filled from identity') },
                { name: 'min', type: 'number', label: label('Nhỏ nhất', 'Minimum') },
                { name: 'max', type: 'number', label: label('Lớn nhất / độ dài tối đa', 'Maximum / longest') },
              ],
            },
            {
              name: 'options',
              type: 'array',
              label: label('Lựa chọn', 'Options'),
              admin: { condition: (_, row) => row?.type === 'choice' },
              fields: [key('value', 'Giá trị', 'Value'), { name: 'label', type: 'text', required: true, localized: true, label: label('Nhãn', 'Label') }],
            },
          ],
        },
      ],
    },
    {
      name: 'documents',
      type: 'array',
      label: label('Giấy tờ tải lên', 'Documents to upload'),
      fields: [
        key('key', 'Mã giấy tờ', 'Document key'),
        { name: 'name', type: 'text', required: true, localized: true, label: label('Tên giấy tờ', 'Name') },
        {
          type: 'row',
          fields: [
            { name: 'required', type: 'checkbox', defaultValue: false, label: label('Bắt buộc', 'Required') },
            { name: 'accept', type: 'select', hasMany: true, required: true, options: [...fileKinds], defaultValue: [...fileKinds], label: label('Định dạng nhận', 'Accepted formats') },
            { name: 'maxSizeMb', type: 'number', required: true, defaultValue: 10, min: 1, max: 50, label: label('Dung lượng tối đa (MB)', 'Largest size (MB)') },
          ],
        },
      ],
    },
    { name: 'declaration', type: 'textarea', required: true, localized: true, label: label('Lời cam đoan', 'Declaration') },
  ],
}
