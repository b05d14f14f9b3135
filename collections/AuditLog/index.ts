import type { Access, CollectionConfig } from 'payload'
import { hasRole } from '@/access/roles'
import { label, labels } from '@/fields/label'
import { auditActions } from '@/lib/audit/recordAudit'
import { agencyScope } from '@/lib/staff/scope'

/** Portal administrators read everything; an agency administrator reads what the staff of their agency tree did. */
const readAudit: Access = async ({ req }) => {
  if (hasRole(req, 'admin')) return true
  if (!hasRole(req, 'agencyAdmin')) return false
  const scope = await agencyScope(req)
  return { actorAgency: { in: scope === 'all' || !scope.length ? [0] : scope } }
}

const nobody: Access = () => false

const actionLabels: Record<(typeof auditActions)[number], Record<'vi' | 'en', string>> = {
  login: label('Đăng nhập', 'Signed in'),
  logout: label('Đăng xuất', 'Signed out'),
  create: label('Tạo mới', 'Created'),
  update: label('Cập nhật', 'Updated'),
  delete: label('Xoá', 'Deleted'),
  submit: label('Trình kiểm duyệt', 'Submitted'),
  withdraw: label('Rút lại', 'Withdrawn'),
  return: label('Trả lại', 'Returned'),
  approve: label('Duyệt', 'Approved'),
  publish: label('Công bố', 'Published'),
  roleChange: label('Đổi vai trò', 'Role changed'),
}

/**
 * The audit log (nhật ký hệ thống): an append-only record of staff actions — sign-in and
 * sign-out, every create, update and delete, workflow steps and role changes — with who, when,
 * what and a summary of the change. Nobody creates, edits or deletes entries through the app
 * (access), and the database refuses to change or delete them (a trigger, migration
 * 20261123_220000_audit_log).
 */
export const AuditLog: CollectionConfig = {
  slug: 'auditLog',
  labels: labels(['Nhật ký thao tác', 'Audit entry'], ['Nhật ký thao tác', 'Audit log']),
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'actorEmail', 'action', 'targetCollection', 'summary'],
    listSearchableFields: ['summary', 'actorEmail', 'documentId'],
    group: label('Quản trị', 'Administration'),
    description: label('Ghi lại mọi thao tác của cán bộ; không ai sửa hoặc xoá được.', 'Every staff action; nobody can edit or delete it.'),
  },
  defaultSort: '-at',
  access: { read: readAudit, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'at', type: 'date', required: true, index: true, label: label('Thời điểm', 'At'), admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
    { name: 'actor', type: 'relationship', relationTo: 'users', index: true, label: label('Tài khoản', 'Account') },
    { name: 'actorEmail', type: 'text', label: label('Thư điện tử', 'E-mail'), admin: { description: label('Giữ lại cả khi tài khoản bị xoá.', 'Kept even if the account is deleted.') } },
    { name: 'actorRole', type: 'text', label: label('Vai trò lúc thao tác', 'Role at the time') },
    { name: 'actorAgency', type: 'number', index: true, label: label('Cơ quan (mã)', 'Agency (id)') },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: auditActions.map((value) => ({ value, label: actionLabels[value] })),
      label: label('Thao tác', 'Action'),
    },
    { name: 'targetCollection', type: 'text', index: true, label: label('Loại dữ liệu', 'Collection') },
    { name: 'documentId', type: 'text', index: true, label: label('Mã bản ghi', 'Document id') },
    { name: 'summary', type: 'textarea', required: true, label: label('Tóm tắt', 'Summary') },
    { name: 'changes', type: 'json', label: label('Thay đổi (trước, sau)', 'Changes (before, after)') },
  ],
}

