import type { CollectionConfig } from 'payload'
import { catalogAccess } from '@/access/collectionAccess'
import { label, labels } from '@/fields/label'
import { isDay } from '@/lib/workdays/days'

/**
 * The working-days calendar's exceptions to the plain week (lib/workdays): public holidays,
 * compensatory days off, weekdays given off by the annual notice and the Saturdays worked for
 * them. Seeded from the holiday data at import; administrators add each year's announced
 * arrangements (e.g. the day next to National Day) as the Ministry of Home Affairs publishes them.
 */
export const CalendarDays: CollectionConfig = {
  slug: 'calendarDays',
  labels: labels(['Ngày nghỉ, ngày làm bù', 'Calendar day'], ['Lịch ngày nghỉ, ngày làm bù', 'Working calendar']),
  admin: { useAsTitle: 'date', defaultColumns: ['date', 'kind', 'name'], group: label('Danh mục dùng chung', 'Shared catalogs') },
  defaultSort: 'date',
  access: catalogAccess,
  fields: [
    {
      name: 'date',
      type: 'text',
      required: true,
      unique: true,
      label: label('Ngày (YYYY-MM-DD)', 'Date (YYYY-MM-DD)'),
      validate: (value: unknown) => isDay(value) || 'Ngày theo dạng YYYY-MM-DD, ví dụ 2026-09-01 / A date as YYYY-MM-DD, e.g. 2026-09-01',
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'holiday', label: label('Ngày lễ, Tết', 'Public holiday') },
        { value: 'compensatory', label: label('Nghỉ bù', 'Compensatory day off') },
        { value: 'dayOff', label: label('Nghỉ hoán đổi', 'Swapped day off') },
        { value: 'makeUp', label: label('Làm bù (ngày làm việc)', 'Make-up working day') },
      ],
      label: label('Loại', 'Kind'),
    },
    { name: 'name', type: 'text', required: true, label: label('Tên, căn cứ', 'Name and basis') },
  ],
}
