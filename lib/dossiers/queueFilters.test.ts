import { describe, expect, it } from 'vitest'
import { activeQueueFilter, queueFilterHref, queueFilters } from './queueFilters'

const filter = (key: string) => queueFilters.find((candidate) => candidate.key === key)!
const now = new Date('2026-03-10T02:00:00.000Z')
const paramsOf = (href: string) => Object.fromEntries(new URL(href, 'http://portal').searchParams)

describe('the dossier queue’s quick filters', () => {
  it('are list URLs in the or/and shape of the admin’s filter builder', () => {
    expect(paramsOf(queueFilterHref('/admin/collections/dossiers', filter('submitted'), now))).toEqual({ 'where[or][0][and][0][status][equals]': 'submitted' })
    expect(paramsOf(queueFilterHref('/admin/collections/dossiers', filter('inProgress'), now))).toEqual({
      'where[or][0][and][0][status][equals]': 'received',
      'where[or][1][and][0][status][equals]': 'processing',
    })
  })

  it('find overdue dossiers as due before now and not closed', () => {
    expect(paramsOf(queueFilterHref('/admin/collections/dossiers', filter('overdue'), now))).toEqual({
      'where[or][0][and][0][dueAt][less_than]': '2026-03-10T02:00:00.000Z',
      'where[or][0][and][1][closedAt][exists]': 'false',
    })
  })

  it('link "all" to the list without a filter', () => {
    expect(queueFilterHref('/admin/collections/dossiers', filter('all'), now)).toBe('/admin/collections/dossiers')
  })

  it('recognise the filter the list shows, the overdue one made at any moment, and none for a hand-made filter', () => {
    expect(activeQueueFilter({})).toBe('all')
    expect(activeQueueFilter(paramsOf(queueFilterHref('/x', filter('approved'), now)))).toBe('approved')
    expect(activeQueueFilter(paramsOf(queueFilterHref('/x', filter('overdue'), new Date('2027-01-01'))))).toBe('overdue')
    expect(activeQueueFilter({ 'where[or][0][and][0][status][equals]': 'refused' })).toBeNull()
    expect(activeQueueFilter({ limit: '10', 'where[or][0][and][0][status][equals]': 'submitted' })).toBe('submitted')
  })
})
