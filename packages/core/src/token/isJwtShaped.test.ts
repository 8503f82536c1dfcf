import { describe, expect, it } from 'vitest'
import { describeValue } from './describeValue.js'
import { isJwtShaped } from './isJwtShaped.js'

describe('isJwtShaped', () => {
  it.each(['aaa.bbb.ccc', 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlX3R5cGUiOjF9.a-b_c', 'A.1.-'])('accepts %s', (value) => {
    expect(isJwtShaped(value)).toBe(true)
  })

  it.each([
    '',
    'aaa.bbb',
    'aaa..ccc',
    '.bbb.ccc',
    'aaa.bbb.ccc.ddd',
    'aaa.bbb.cc=',
    'aa+a.bbb.ccc',
    ' aaa.bbb.ccc',
    'Bearer aaa.bbb.ccc',
    '/api/token',
  ])('rejects %j', (value) => {
    expect(isJwtShaped(value)).toBe(false)
  })

  it.each([undefined, null, 42, {}, ['a.b.c']])('rejects the non-string %j', (value) => {
    expect(isJwtShaped(value)).toBe(false)
  })
})

describe('describeValue', () => {
  it.each([
    ['/api/token', "a string starting with '/'"],
    ['./token', "a string starting with './'"],
    ['HTTPS://auth.example.com', "a string starting with 'HTTPS://'"],
    ['', 'an empty string'],
    ['secret.part', 'a string of 11 characters in 2 dot-separated parts'],
    [undefined, 'undefined'],
    [null, 'null'],
    [{ token: 'x' }, 'an object'],
    [[], 'an array'],
    [42, 'a number'],
    ['plain', 'a string of 5 characters in 1 dot-separated part'],
    [() => {}, 'a function'],
  ])('describes %j as %s', (value, description) => {
    expect(describeValue(value)).toBe(description)
  })
})
