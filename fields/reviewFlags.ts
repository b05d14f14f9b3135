import type { Field } from 'payload'
import { label } from './label'

/**
 * Problems found in imported source data that an editor must look at. The record is kept and
 * published as it came; the flags make the defect visible instead of silently "fixing" it.
 */
export const reviewFlagsFields: Field[] = [
  {
    name: 'needsReview',
    type: 'checkbox',
    label: label('Cần rà soát', 'Needs review'),
    defaultValue: false,
    index: true,
    admin: { position: 'sidebar', readOnly: true },
    hooks: {
      // Derived from the flags so that the admin list can filter on it.
      beforeChange: [({ siblingData, value }) =>
        Array.isArray(siblingData.reviewFlags) ? siblingData.reviewFlags.length > 0 : value],
    },
  },
  {
    name: 'reviewFlags',
    type: 'array',
    label: label('Vấn đề cần rà soát', 'Review flags'),
    labels: { singular: label('Vấn đề', 'Flag'), plural: label('Vấn đề', 'Flags') },
    admin: { initCollapsed: true },
    fields: [
      { name: 'code', type: 'text', required: true, label: label('Mã', 'Code') },
      { name: 'message', type: 'textarea', required: true, label: label('Mô tả', 'Message') },
    ],
  },
]
