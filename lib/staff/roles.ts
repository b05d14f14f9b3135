/** Staff roles; the agency-scoped permission model builds on these. */
export const roleOptions = [
  { value: 'admin', label: { vi: 'Quản trị cổng', en: 'Portal administrator' } },
  { value: 'agencyAdmin', label: { vi: 'Quản trị cơ quan', en: 'Agency administrator' } },
  { value: 'editor', label: { vi: 'Biên tập viên', en: 'Editor' } },
  { value: 'reviewer', label: { vi: 'Người kiểm duyệt', en: 'Reviewer' } },
  { value: 'officer', label: { vi: 'Cán bộ xử lý hồ sơ', en: 'Officer' } },
]

export type Role = 'admin' | 'agencyAdmin' | 'editor' | 'reviewer' | 'officer'
