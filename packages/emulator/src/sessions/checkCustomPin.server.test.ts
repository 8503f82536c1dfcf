import { describe, expect, it } from 'vitest'
import { checkCustomPin } from './checkCustomPin.js'

describe('checkCustomPin', () => {
  it.each([
    ['abc123', 'ABC123'],
    ['Z', 'Z'],
    ['0123456789', '0123456789'],
    ['aBcDeFgHiJ', 'ABCDEFGHIJ'],
  ])('accepts %j as %j', (input, pin) => {
    expect(checkCustomPin(input)).toEqual({ ok: true, pin })
  })

  it.each([undefined, null, ''])('requires a PIN (1009) when given %j', (input) => {
    const result = checkCustomPin(input)
    expect(!result.ok && result.error.code).toBe(1009)
  })

  it.each(['ABCDEFGHIJK', 'ab-12', 'ab 12', 'pin!', 'ÄBC', 123456])('refuses %j (1008)', (input) => {
    const result = checkCustomPin(input)
    expect(!result.ok && result.error.code).toBe(1008)
  })
})
