import { describe, expect, it } from 'vitest'
import { formatPin, groupPin } from './groupPin.js'

describe('groupPin', () => {
  it.each([
    ['1', ['1']],
    ['12', ['12']],
    ['123', ['123']],
    ['1234', ['1234']],
    ['12345', ['123', '45']],
    ['123456', ['123', '456']],
    ['1234567', ['123', '45', '67']],
    ['12345678', ['1234', '5678']],
    ['123456789', ['123', '456', '789']],
    ['ABCD123456', ['ABC', 'D12', '34', '56']],
  ])('groups %s as %j', (pin, groups) => {
    expect(groupPin(pin)).toEqual(groups)
  })

  it('never leaves a single-character group for lengths 5 to 10', () => {
    for (let length = 5; length <= 10; length++) {
      const groups = groupPin('7'.repeat(length))
      expect(groups.join('')).toHaveLength(length)
      expect(groups.every((group) => group.length >= 2)).toBe(true)
    }
  })

  it('normalizes first', () => {
    expect(groupPin(' 12-34.56 ')).toEqual(['123', '456'])
    expect(groupPin('abcd_efgh')).toEqual(['ABCD', 'EFGH'])
  })

  it('returns no groups for an empty PIN', () => {
    expect(groupPin('')).toEqual([])
  })
})

describe('formatPin', () => {
  it.each([
    ['123456', undefined, '123 456'],
    ['12345678', '-', '1234-5678'],
    ['abcdefghij', ' ', 'ABC DEF GH IJ'],
    ['1234', undefined, '1234'],
    ['', undefined, ''],
  ])('formats %j with %j as %j', (pin, separator, text) => {
    expect(formatPin(pin, separator)).toBe(text)
  })
})
