import type { SortKey } from './pageTokens.js'

/** One page of rows, and the key to continue after when more remain. */
export interface Page<T> {
  rows: T[]
  /** Absent on the last page. */
  next?: SortKey
}

/** The order of a listing: by time, then id; `descending` puts the newest first. */
export interface PageOrder<T> {
  keyOf: (item: T) => SortKey
  descending?: boolean
}

/**
 * Cuts `items` into the page that follows `after`. The cursor is a key, not an offset, so sessions that start or end
 * between two requests neither repeat a row nor skip one that was already due.
 *
 * @example
 * const { rows, next } = paginate(sessions, { keyOf: (s) => [s.startedAt.getTime(), s.id] }, 30)
 */
export function paginate<T>(items: readonly T[], order: PageOrder<T>, pageSize: number, after?: SortKey): Page<T> {
  const sign = order.descending ? -1 : 1
  const keyed = items.map((item) => ({ item, key: order.keyOf(item) }))
  keyed.sort((a, b) => sign * compareKeys(a.key, b.key))
  const remaining = after ? keyed.filter(({ key }) => sign * compareKeys(key, after) > 0) : keyed
  const page = remaining.slice(0, pageSize)
  const last = page.at(-1)
  const rows = page.map(({ item }) => item)
  return remaining.length > page.length && last ? { rows, next: last.key } : { rows }
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a[0] !== b[0]) return a[0] - b[0]
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0
}
