import { describe, expect, it } from 'vitest'
import { decodeBase64url, encodeBase64url } from './base64url.js'

describe('base64url', () => {
  it('round-trips UTF-8 text without padding', () => {
    const encoded = encodeBase64url('{"user_name":"Zoë ✓"}')
    expect(encoded).not.toMatch(/[=+/]/)
    expect(decodeBase64url(encoded)?.toString('utf8')).toBe('{"user_name":"Zoë ✓"}')
  })

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(decodeBase64url('ab+c')).toBeUndefined()
    expect(decodeBase64url('abc=')).toBeUndefined()
    expect(decodeBase64url('abcde')).toBeUndefined()
    expect(decodeBase64url('')?.length).toBe(0)
  })
})
