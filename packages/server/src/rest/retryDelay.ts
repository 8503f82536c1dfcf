/**
 * Milliseconds to wait according to a `Retry-After` header: delta-seconds (`"1"`) or a date, either the HTTP-date of
 * RFC 9110 or the ISO date-time Zoom sends with its daily limit. A date in the past means "now" (0). `undefined`
 * when the header is absent or unreadable.
 *
 * @example
 * parseRetryAfter('2', Date.now()) // 2000
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  const text = value?.trim()
  if (!text) return undefined
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000)
  // Date.parse reads nearly anything ("-1" is the year -1), so only text shaped like one of the two dates is tried.
  if (!/^[A-Za-z]{3}/.test(text) && !/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs)
}

/** Backoff settings, in milliseconds. */
export interface BackoffOptions {
  baseDelayMs: number
  maxDelayMs: number
}

/**
 * The wait before retry number `retryIndex + 1` when Zoom sent no `Retry-After`: `baseDelayMs * 2^retryIndex`, capped
 * at `maxDelayMs`, then drawn between half and all of that so clients rate limited together do not retry together.
 */
export function backoffDelayMs(
  retryIndex: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retryIndex)
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}
