export type AgencyType =
  | 'government'
  | 'ministry'
  | 'ministryLevel'
  | 'governmentAgency'
  | 'central'
  | 'provincial'
  | 'commune'
  | 'judicial'
  | 'other'

/** Kinds of agency in the two-level government structure (from 1 July 2025). */
export const agencyTypeOptions: { value: AgencyType; label: { vi: string; en: string } }[] = [
  { value: 'government', label: { vi: 'Chính phủ, Thủ tướng', en: 'Government, Prime Minister' } },
  { value: 'ministry', label: { vi: 'Bộ', en: 'Ministry' } },
  { value: 'ministryLevel', label: { vi: 'Cơ quan ngang bộ', en: 'Ministry-level agency' } },
  { value: 'governmentAgency', label: { vi: 'Cơ quan thuộc Chính phủ', en: 'Government agency' } },
  { value: 'central', label: { vi: 'Đơn vị trung ương (cục, vụ, tổng cục)', en: 'Central department' } },
  { value: 'provincial', label: { vi: 'Cấp tỉnh', en: 'Provincial' } },
  { value: 'commune', label: { vi: 'Cấp xã', en: 'Commune' } },
  { value: 'judicial', label: { vi: 'Cơ quan tư pháp', en: 'Judicial body' } },
  { value: 'other', label: { vi: 'Khác', en: 'Other' } },
]
