import { normalizePin } from './normalizePin.js'

/**
 * Splits a PIN into groups that are easy to read aloud: up to 4 characters stay whole, a multiple of 4 goes in fours,
 * anything else in threes with a trailing single folded into 2 + 2 (never a lone character).
 *
 * @example
 * groupPin('123456') // ['123', '456']
 * groupPin('ABCD123456') // ['ABC', 'D12', '34', '56']
 */
export function groupPin(pin: string): string[] {
  const normalized = normalizePin(pin)
  const { length } = normalized
  if (length <= 4) return length ? [normalized] : []
  const size = length % 4 ? 3 : 4
  const groups: string[] = []
  for (let start = 0; start < length; start += size) groups.push(normalized.slice(start, start + size))
  if (length % size === 1) groups.splice(-2, 2, normalized.slice(-4, -2), normalized.slice(-2))
  return groups
}

/**
 * The PIN as display text, groups joined by `separator`.
 *
 * @example
 * formatPin('123456') // '123 456'
 * formatPin('12345678', '-') // '1234-5678'
 */
export function formatPin(pin: string, separator = ' '): string {
  return groupPin(pin).join(separator)
}
