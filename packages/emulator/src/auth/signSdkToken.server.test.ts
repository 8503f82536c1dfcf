import { describe, expect, it } from 'vitest'
import { decodeBase64url } from './base64url.js'
import { signSdkToken } from './signSdkToken.js'

function decodePart(token: string, index: number): unknown {
  const part = token.split('.')[index] ?? ''
  return JSON.parse(decodeBase64url(part)?.toString('utf8') ?? 'null')
}

describe('signSdkToken', () => {
  const base = { sdkKey: 'k', sdkSecret: 's', now: 1_700_000_000_500 }

  it('writes an HS256 header and the documented claims', () => {
    const token = signSdkToken({ ...base, role: 2, userId: 'agent-1', userName: 'Grace', expirationSeconds: 3600 })
    expect(decodePart(token, 0)).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(decodePart(token, 1)).toEqual({
      app_key: 'k',
      role_type: 2,
      iat: 1_700_000_000,
      exp: 1_700_003_600,
      user_id: 'agent-1',
      user_name: 'Grace',
    })
  })

  it('defaults like Zoom’s auth sample: random base36 user id, name = id, 2 h lifetime', () => {
    const first = decodePart(signSdkToken({ ...base, role: 1 }), 1) as Record<string, unknown>
    const second = decodePart(signSdkToken({ ...base, role: 1 }), 1) as Record<string, unknown>
    expect(first.user_id).toMatch(/^[0-9a-z]+$/)
    expect(first.user_name).toBe(first.user_id)
    expect(second.user_id).not.toBe(first.user_id)
    expect(first.exp).toBe(1_700_000_000 + 7200)
    expect(first).not.toHaveProperty('enable_byop')
  })

  it('adds enable_byop only when asked', () => {
    expect(decodePart(signSdkToken({ ...base, role: 1, enableByop: true }), 1)).toMatchObject({ enable_byop: 1 })
  })
})
