import { describe, expect, it } from 'vitest'
import { CobrowseError } from '../errors/CobrowseError.js'
import type { PinKind } from './pinKind.js'
import { assertValidPin, isPartialPin, type PinInvalidReason, validatePin } from './validatePin.js'

describe('validatePin', () => {
  it.each<[string, PinKind | 'any', string, PinKind]>([
    ['123456', 'any', '123456', 'zoom'],
    [' 123-456 ', 'any', '123456', 'zoom'],
    ['123456', 'zoom', '123456', 'zoom'],
    ['123.456', 'zoom', '123456', 'zoom'],
    ['123456', 'byop', '123456', 'byop'],
    ['1', 'any', '1', 'byop'],
    ['12345', 'any', '12345', 'byop'],
    ['1234567', 'any', '1234567', 'byop'],
    ['abc123', 'any', 'ABC123', 'byop'],
    ['ABCDEFGHIJ', 'any', 'ABCDEFGHIJ', 'byop'],
    ['abcd-efgh-ij', 'byop', 'ABCDEFGHIJ', 'byop'],
    ['1234567890', 'byop', '1234567890', 'byop'],
    ['x', 'byop', 'X', 'byop'],
  ])('accepts %j as kind %s', (input, kind, pin, reported) => {
    expect(validatePin(input, { kind })).toEqual({ valid: true, pin, kind: reported })
  })

  it('defaults to kind any', () => {
    expect(validatePin('abc')).toEqual({ valid: true, pin: 'ABC', kind: 'byop' })
  })

  it.each<[string, PinKind | 'any', PinInvalidReason, string]>([
    ['', 'any', 'empty', 'The PIN is empty.'],
    ['  - ', 'zoom', 'empty', 'The PIN is empty.'],
    ['', 'byop', 'empty', 'The PIN is empty.'],
    ['12345a', 'zoom', 'bad_characters', 'A Zoom PIN has digits only.'],
    ['12#456', 'zoom', 'bad_characters', 'A Zoom PIN has digits only.'],
    ['12#456', 'any', 'bad_characters', "A PIN has letters and digits only, not '#'."],
    ['abc/d', 'byop', 'bad_characters', "A PIN has letters and digits only, not '/'."],
    ['ab\u00e9', 'byop', 'bad_characters', "A PIN has letters and digits only, not '\u00c9'."],
    ['12345', 'zoom', 'wrong_length', 'A Zoom PIN has 6 digits, not 5.'],
    ['1234567', 'zoom', 'wrong_length', 'A Zoom PIN has 6 digits, not 7.'],
    ['12345678901', 'any', 'too_long', 'A PIN has at most 10 characters, not 11.'],
    ['ABCDEFGHIJK', 'byop', 'too_long', 'A PIN has at most 10 characters, not 11.'],
  ])('refuses %j for kind %s as %s', (input, kind, reason, message) => {
    const result = validatePin(input, { kind })
    expect(result).toMatchObject({ valid: false, reason })
    if (result.valid) return
    expect(result.error).toBeInstanceOf(CobrowseError)
    expect(result.error).toMatchObject({ code: 'invalid_pin', family: 'pin', message })
  })

  it('returns the normalized input as pin when invalid', () => {
    expect(validatePin('12-34a', { kind: 'zoom' }).pin).toBe('1234A')
  })

  it.each<[PinKind | 'any', string]>([
    ['zoom', 'Use the 6-digit PIN shown on the customer page.'],
    ['byop', 'Use up to 10 letters and digits.'],
    ['any', new CobrowseError('invalid_pin').hint],
  ])('gives a %s-specific hint', (kind, hint) => {
    const result = validatePin('', { kind })
    expect(result.valid ? undefined : result.error.hint).toBe(hint)
  })
})

describe('assertValidPin', () => {
  it('returns the normalized PIN', () => {
    expect(assertValidPin('123 456')).toBe('123456')
    expect(assertValidPin('ab-cd', { kind: 'byop' })).toBe('ABCD')
  })

  it('throws the invalid_pin error', () => {
    expect(() => assertValidPin('1234', { kind: 'zoom' })).toThrow(
      expect.objectContaining({ code: 'invalid_pin', message: 'A Zoom PIN has 6 digits, not 4.' }),
    )
  })
})

describe('isPartialPin', () => {
  it.each<[string, PinKind | 'any', boolean]>([
    ['', 'zoom', true],
    ['1', 'zoom', true],
    ['123', 'zoom', true],
    ['123-', 'zoom', true],
    ['123 456', 'zoom', true],
    ['1234567', 'zoom', false],
    ['12a', 'zoom', false],
    ['', 'byop', true],
    ['ab', 'byop', true],
    ['abcd-efgh-ij', 'byop', true],
    ['abcdefghijk', 'byop', false],
    ['ab#', 'byop', false],
    ['12a', 'any', true],
    ['1234567890', 'any', true],
    ['12345678901', 'any', false],
    ['1!', 'any', false],
  ])('%j as %s is %s', (input, kind, expected) => {
    expect(isPartialPin(input, kind)).toBe(expected)
  })

  it('defaults to kind any', () => {
    expect(isPartialPin('abc')).toBe(true)
  })

  it.each<[string, PinKind | 'any']>([
    ['123456', 'zoom'],
    ['ABCDEFGHIJ', 'byop'],
    ['1234567', 'any'],
  ])('accepts every prefix of the valid %j (%s)', (pin, kind) => {
    for (let length = 0; length <= pin.length; length++) expect(isPartialPin(pin.slice(0, length), kind)).toBe(true)
  })
})
