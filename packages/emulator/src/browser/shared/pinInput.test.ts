import { describe, expect, it } from 'vitest'
import { parsePinInput } from './pinInput.js'

describe('parsePinInput', () => {
  it.each([
    ['123456', '123456'],
    [' 123 456 ', '123456'],
    ['123-456', '123456'],
    ['ab12cd', 'AB12CD'],
    ['abcd-efgh-12', 'ABCDEFGH12'],
    ['7', '7'],
  ])('accepts %j as %j', (raw, pin) => {
    expect(parsePinInput(raw)).toEqual({ ok: true, pin })
  })

  it('asks for a PIN when the field is empty or only separators', () => {
    expect(parsePinInput('')).toEqual({ ok: false, message: "Enter the customer's PIN." })
    expect(parsePinInput(' - ')).toEqual({ ok: false, message: "Enter the customer's PIN." })
  })

  it.each(['12.34', 'ab_cd', 'ÄBC', '12/34'])('refuses characters other than letters and digits in %j', (raw) => {
    expect(parsePinInput(raw)).toEqual({ ok: false, message: 'A PIN has letters and digits only.' })
  })

  it('refuses more than 10 characters', () => {
    expect(parsePinInput('ABCDEFGHIJK')).toEqual({ ok: false, message: 'A PIN has at most 10 characters.' })
    expect(parsePinInput('ABCDE FGHIJ')).toEqual({ ok: true, pin: 'ABCDEFGHIJ' })
  })
})
