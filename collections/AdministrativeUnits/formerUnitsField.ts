import type { ArrayField } from 'payload'
import { label } from '@/fields/label'

/**
 * The pre-2025 units that merged into this one. Citizens still write old addresses
 * ("phường Trúc Bạch, quận Ba Đình"), so these names work as aliases of today's unit.
 */
export const formerUnitsField: ArrayField = {
  name: 'formerUnits',
  type: 'array',
  label: label('Đơn vị hành chính cũ (trước 01/7/2025)', 'Former units (before 1 July 2025)'),
  labels: { singular: label('Đơn vị cũ', 'Former unit'), plural: label('Đơn vị cũ', 'Former units') },
  admin: { initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', required: true, label: label('Mã cũ', 'Former code') },
        { name: 'fullName', type: 'text', required: true, label: label('Tên đầy đủ', 'Full name') },
        { name: 'district', type: 'text', label: label('Quận, huyện cũ', 'Former district') },
        { name: 'province', type: 'text', label: label('Tỉnh cũ', 'Former province') },
        {
          name: 'mergeType',
          type: 'select',
          label: label('Sáp nhập', 'Merged'),
          options: [
            { value: 'full', label: label('Toàn bộ', 'Whole unit') },
            { value: 'partial', label: label('Một phần', 'Part of the unit') },
          ],
        },
      ],
    },
  ],
}
