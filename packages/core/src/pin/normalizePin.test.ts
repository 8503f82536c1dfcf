import { describe, expect, it } from 'vitest'
import { normalizePin } from './normalizePin.js'

describe('normalizePin', () => {
  it.each([
    ['123456', '123456'],
    ['  123456\n', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['123.456', '123456'],
    ['123_456', '123456'],
    ['12 - 34 . 56', '123456'],
    ['123\t456', '123456'],
    ['123\u00a0456', '123456'],
    ['abc-def-12', 'ABCDEF12'],
    ['AbC', 'ABC'],
    ['', ''],
    [' - ', ''],
    ['12#4', '12#4'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizePin(input)).toBe(expected)
  })
})
