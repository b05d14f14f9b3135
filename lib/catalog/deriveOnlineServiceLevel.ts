import type { Channel, OnlineServiceLevel } from './types'

/**
 * The source does not publish the online-service level (toàn trình / một phần, Decree
 * 42/2022/NĐ-CP), so it is inferred from the channels: no online channel → none; online is the
 * only channel → full; online alongside in-person or postal → partial. Editors should confirm.
 */
export function deriveOnlineServiceLevel(channels: readonly Channel[]): OnlineServiceLevel {
  if (!channels.includes('online')) return 'none'
  return channels.every((channel) => channel === 'online') ? 'full' : 'partial'
}
