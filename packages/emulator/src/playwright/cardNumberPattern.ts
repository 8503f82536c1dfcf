import type { LeakPattern } from './leakPattern.js'

/**
 * Whether a string of digits passes the Luhn checksum that payment card numbers carry.
 *
 * @example
 * passesLuhn('4111111111111111') // true
 * passesLuhn('4111111111111112') // false
 */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/**
 * Payment card numbers: 14 to 19 digits starting with 2 to 6 (the networks' ranges), optionally grouped by single
 * spaces or dashes, that pass the Luhn check, and are not part of a longer run of digits. Fourteen digits at least,
 * so a 13-digit millisecond timestamp inside a string never counts; a random 16-digit string passes Luhn one time
 * in ten, so the check cuts false alarms without hiding any real card number.
 *
 * @example
 * createLeakCheck({ patterns: [cardNumberPattern] }) // finds 4111 1111 1111 1111 without being told it
 */
export const cardNumberPattern: LeakPattern = {
  name: 'card number',
  regex: /(?<!\d[ -]?)[2-6](?:[ -]?\d){13,18}(?![ -]?\d)/g,
  accept: (match) => passesLuhn(match.replace(/[ -]/g, '')),
}
