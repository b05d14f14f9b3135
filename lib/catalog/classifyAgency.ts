import type { AgencyType } from './agencyTypes'

const rules: [RegExp, AgencyType][] = [
  [/^(Thủ tướng|Chính phủ)/i, 'government'],
  [/Tòa án|Viện kiểm sát/i, 'judicial'],
  [/cấp xã|xã, phường|Ủy ban nhân dân xã|Công an xã/i, 'commune'],
  [/cấp tỉnh|^Sở |tỉnh, thành phố|Công an tỉnh|Thuế tỉnh|Ủy ban nhân dân tỉnh/i, 'provincial'],
  [/^(Cục|Tổng cục|Vụ|Thanh tra Bộ|Ủy ban Chứng khoán|Văn phòng Bộ|Chi cục|Ngân hàng Nhà nước Khu vực|Bộ Tư lệnh|Bộ Chỉ huy)/i, 'central'],
]

/**
 * A best guess at the kind of an agency named in a procedure, from its name alone. Editors
 * correct it in the admin; the guess only decides how the directory groups agencies at first.
 */
export function classifyAgency(name: string): AgencyType {
  for (const [pattern, type] of rules) if (pattern.test(name)) return type
  return 'other'
}
