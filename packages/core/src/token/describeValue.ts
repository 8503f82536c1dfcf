// A scheme or a leading slash is not secret and is what tells a URL apart from a token.
const URL_START = /^(?:https?:\/\/|\.{0,2}\/)/i

/** True for a string that looks like a URL or a path, i.e. an endpoint passed where a token belongs. */
export function looksLikeUrl(value: unknown): value is string {
  return typeof value === 'string' && URL_START.test(value)
}

/**
 * Describes a value for an error message without echoing it, since it may be (part of) a credential.
 *
 * @example
 * describeValue('/api/token') // "a string starting with '/'"
 * describeValue({ token: 'x' }) // 'an object'
 */
export function describeValue(value: unknown): string {
  if (value == null) return String(value)
  if (Array.isArray(value)) return 'an array'
  if (typeof value !== 'string') return typeof value === 'object' ? 'an object' : `a ${typeof value}`
  if (!value) return 'an empty string'
  const start = URL_START.exec(value)?.[0]
  if (start) return `a string starting with '${start}'`
  const parts = value.split('.').length
  // The length and the dot count are what tell a truncated or wrapped JWT apart from an unrelated string.
  return `a string of ${value.length} characters in ${parts} dot-separated part${parts === 1 ? '' : 's'}`
}
