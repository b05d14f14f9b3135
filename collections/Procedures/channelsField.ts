import type { ArrayField } from 'payload'
import { label } from '@/fields/label'
import { channelOptions, durationUnitOptions } from '@/lib/catalog/options'

/** Channels (in person, online, postal), each with its own processing time and fees. */
export const channelsField: ArrayField = {
  name: 'channels',
  type: 'array',
  label: label('Cách thức thực hiện', 'Channels'),
  labels: { singular: label('Cách thức', 'Channel'), plural: label('Cách thức', 'Channels') },
  fields: [
    { name: 'channel', type: 'select', required: true, options: channelOptions, label: label('Hình thức nộp', 'Channel') },
    {
      name: 'processingTime',
      type: 'group',
      label: label('Thời hạn giải quyết', 'Processing time'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', min: 0, label: label('Số', 'Value') },
            { name: 'unit', type: 'select', options: durationUnitOptions, label: label('Đơn vị', 'Unit') },
            {
              name: 'text',
              type: 'text',
              label: label('Nguyên văn', 'Original text'),
              admin: { description: label('Giữ nguyên văn bản gốc, kể cả khi không rõ đơn vị.', 'Kept as published, even when the unit is unknown.') },
            },
          ],
        },
      ],
    },
    { name: 'feeText', type: 'textarea', localized: true, label: label('Phí, lệ phí', 'Fees and charges') },
    { name: 'free', type: 'checkbox', defaultValue: false, label: label('Miễn phí', 'Free of charge') },
  ],
}
