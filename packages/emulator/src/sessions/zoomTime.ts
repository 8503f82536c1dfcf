/**
 * A moment as Zoom's REST API and webhooks write it: ISO 8601 in UTC to the second, e.g. `2025-02-14T19:09:01Z`.
 *
 * @example
 * zoomTime(new Date('2025-02-14T19:09:01.789Z')) // '2025-02-14T19:09:01Z'
 */
export function zoomTime(at: Date | number): string {
  return `${new Date(at).toISOString().slice(0, 19)}Z`
}

/** A UTC day as Zoom's report ranges write it, `yyyy-mm-dd`. */
export function zoomDate(at: Date | number): string {
  return new Date(at).toISOString().slice(0, 10)
}

/**
 * The time from `start` to `end` as `hh:mm:ss` (hours grow past 99 rather than wrap), counted between the whole
 * seconds `zoomTime` shows, so a row's duration always matches its own start and end. Never negative.
 *
 * @example
 * zoomDuration(Date.parse('2025-02-14T19:09:01Z'), Date.parse('2025-02-14T19:12:20.5Z')) // '00:03:19'
 */
export function zoomDuration(start: Date | number, end: Date | number): string {
  const total = Math.max(0, Math.floor(Number(end) / 1000) - Math.floor(Number(start) / 1000))
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(Math.floor(total / 3600))}:${two(Math.floor(total / 60) % 60)}:${two(total % 60)}`
}
