import type { Bilingual } from './forms/types'

/** A condition of Payload's list query: field, operator, value (`now` is the moment the link is made). */
type Condition = [field: string, operator: string, value: string | 'now']

export interface QueueFilter {
  key: 'all' | 'submitted' | 'supplementRequested' | 'inProgress' | 'approved' | 'overdue'
  label: Bilingual
  /** Any of these groups (or), each group all of its conditions (and): the shape the admin's filter builder reads back. */
  or: Condition[][]
}

/** The officers' quick filters above the dossier queue. */
export const queueFilters: QueueFilter[] = [
  { key: 'all', label: { vi: 'Tất cả', en: 'All' }, or: [] },
  { key: 'submitted', label: { vi: 'Chờ tiếp nhận', en: 'Awaiting receipt' }, or: [[['status', 'equals', 'submitted']]] },
  { key: 'supplementRequested', label: { vi: 'Cần bổ sung', en: 'Supplement requested' }, or: [[['status', 'equals', 'supplementRequested']]] },
  { key: 'inProgress', label: { vi: 'Đang giải quyết', en: 'In progress' }, or: [[['status', 'equals', 'received']], [['status', 'equals', 'processing']]] },
  { key: 'approved', label: { vi: 'Có kết quả', en: 'Result ready' }, or: [[['status', 'equals', 'approved']]] },
  { key: 'overdue', label: { vi: 'Quá hạn', en: 'Overdue' }, or: [[['dueAt', 'less_than', 'now'], ['closedAt', 'exists', 'false']]] },
]

/** The query parameters of a filter, each marked when its value is the moment the link is made. */
const paramsOf = (filter: QueueFilter, now: Date) =>
  filter.or.flatMap((group, i) =>
    group.map(([field, operator, value], j) => ({ key: `where[or][${i}][and][${j}][${field}][${operator}]`, value: value === 'now' ? now.toISOString() : value, moment: value === 'now' })),
  )

/** The list view's URL for a filter: `where[or][i][and][j][field][operator]=value`, as Payload's list view and its filter builder read it. */
export function queueFilterHref(listPath: string, filter: QueueFilter, now: Date): string {
  const query = new URLSearchParams(paramsOf(filter, now).map(({ key, value }) => [key, value])).toString()
  return query ? `${listPath}?${query}` : listPath
}

/** Which filter the list shows, from its search parameters (a moment matches any moment); null for a filter built by hand. */
export function activeQueueFilter(searchParams: Record<string, string | string[] | undefined>): QueueFilter['key'] | null {
  const given = new Map(Object.entries(searchParams).filter(([key]) => key.startsWith('where')))
  const found = queueFilters.find((filter) => {
    const expected = paramsOf(filter, new Date(0))
    return expected.length === given.size && expected.every(({ key, value, moment }) => given.has(key) && (moment || given.get(key) === value))
  })
  return found?.key ?? null
}
