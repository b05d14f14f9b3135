import type { SelectField } from 'payload'
import { adminOnlyField } from '@/access/roles'
import { label } from './label'

type StatusValue = 'draft' | 'submitted' | 'returned' | 'approved' | 'published' | 'abolished'

const options: Record<StatusValue, { label: Record<'vi' | 'en', string>; value: StatusValue }> = {
  draft: { label: label('Bản nháp', 'Draft'), value: 'draft' },
  submitted: { label: label('Chờ kiểm duyệt', 'Submitted for checking'), value: 'submitted' },
  returned: { label: label('Trả lại để sửa', 'Returned for correction'), value: 'returned' },
  approved: { label: label('Đã duyệt, chờ hiệu lực', 'Approved, awaiting effect'), value: 'approved' },
  published: { label: label('Đã công khai', 'Published'), value: 'published' },
  abolished: { label: label('Đã bãi bỏ', 'Abolished'), value: 'abolished' },
}

/**
 * The publication status of public content; only `published` is visible to the public. Only
 * portal administrators set it by hand: for procedures and decisions it changes through the
 * publication workflow, which acts with the system's rights after checking the reviewer's.
 */
export const statusField = (values: StatusValue[] = ['draft', 'published'], enumName?: string): SelectField => ({
  name: 'status',
  ...(enumName ? { enumName } : {}),
  type: 'select',
  label: label('Trạng thái', 'Status'),
  required: true,
  defaultValue: 'draft',
  index: true,
  options: values.map((value) => options[value]),
  admin: { position: 'sidebar' },
  access: { create: adminOnlyField, update: adminOnlyField },
})
