/**
 * Whether a parsed JSON value is an object with keys (not an array, not null): frames are untrusted input.
 *
 * @example
 * const message: unknown = JSON.parse(payload)
 * if (isRecord(message) && message.t === 'rrweb') handle(message.event)
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
