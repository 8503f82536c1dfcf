import { describe, expect, it } from 'vitest'
import { cardNumberPattern, passesLuhn } from './cardNumberPattern.js'
import { createLeakMatcher } from './createLeakMatcher.js'

const cards = (text: string) =>
  createLeakMatcher({ patterns: [cardNumberPattern] })
    .inString(text)
    .map((match) => match.found)

describe('passesLuhn', () => {
  it('accepts the test numbers of the card networks and refuses one wrong digit', () => {
    for (const number of ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117']) {
      expect(passesLuhn(number), number).toBe(true)
    }
    expect(passesLuhn('4111111111111112')).toBe(false)
    expect(passesLuhn('5555555555554443')).toBe(false)
  })

  it('refuses anything that is not only digits', () => {
    expect(passesLuhn('')).toBe(false)
    expect(passesLuhn('4111 1111 1111 1111')).toBe(false)
  })
})

describe('cardNumberPattern', () => {
  it('finds card numbers plain, spaced or dashed, inside other text', () => {
    expect(cards('paid with 4111111111111111 today')).toEqual(['4111111111111111'])
    expect(cards('card: 4111 1111 1111 1111.')).toEqual(['4111 1111 1111 1111'])
    expect(cards('5555-5555-5555-4444')).toEqual(['5555-5555-5555-4444'])
    expect(cards('amex 3782 822463 10005')).toEqual(['3782 822463 10005'])
  })

  it('ignores digit strings that fail Luhn, start outside the card ranges or are too short', () => {
    expect(cards('4111111111111112')).toEqual([])
    expect(cards('1111111111111117')).toEqual([]) // passes Luhn, but no network starts with 1
    expect(cards('order 4242424242')).toEqual([])
  })

  it('never reads a 13-digit millisecond timestamp as a card, even one that passes Luhn', () => {
    const timestamp = '1712345678907'
    expect(passesLuhn(timestamp)).toBe(true)
    expect(cards(`?t=${timestamp}`)).toEqual([])
    expect(passesLuhn('2712345678906')).toBe(true)
    expect(cards('2712345678906')).toEqual([]) // 13 digits in a card range, Luhn-valid: still too short
  })

  it('does not pick a card out of a longer run of digits', () => {
    expect(cards('94111111111111111')).toEqual([])
    expect(cards('41111111111111110000')).toEqual([])
    expect(cards('4111 1111 1111 1111 0000')).toEqual([])
  })

  it('leaves masked values alone', () => {
    expect(cards('****************')).toEqual([])
    expect(cards('4111********1111')).toEqual([])
  })
})
