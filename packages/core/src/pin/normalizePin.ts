// Whitespace, dashes, dots and underscores are what people type (or paste) between groups of a PIN.
const SEPARATORS = /[\s._-]+/g

/**
 * Puts a PIN as typed into the form Zoom compares: no separators, upper case (custom PINs are case-insensitive).
 * Does not validate; see `validatePin`.
 *
 * @example
 * normalizePin(' 123-456 ') // '123456'
 * normalizePin('ab.cd_12') // 'ABCD12'
 */
export function normalizePin(input: string): string {
  return input.replace(SEPARATORS, '').toUpperCase()
}
