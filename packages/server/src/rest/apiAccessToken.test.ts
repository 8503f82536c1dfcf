import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { API_JWT_LIFETIME_SECONDS, createAccessTokenSource } from './apiAccessToken.js'
import { CobrowseRestError } from './CobrowseRestError.js'

const apiKey = 'api-key-123'
const apiSecret = 'api-secret-456'

afterEach(() => {
  vi.useRealTimers()
})

describe('createAccessTokenSource with an API key and secret', () => {
  it('signs an HS256 JWT with the API secret, issued by the API key, living at most an hour', async () => {
    const token = await createAccessTokenSource({ apiKey, apiSecret })()
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(apiSecret), {
      algorithms: ['HS256'],
      issuer: apiKey,
    })
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(Object.keys(payload).sort()).toEqual(['exp', 'iat', 'iss'])
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(API_JWT_LIFETIME_SECONDS)
    await expect(jwtVerify(token, new TextEncoder().encode('another secret'))).rejects.toThrow()
  })

  it('reuses the JWT until a minute before it expires, then signs a new one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.parse('2025-02-14T19:00:00Z'))
    const source = createAccessTokenSource({ apiKey, apiSecret })
    const first = await source()
    const { exp = 0 } = decodeJwt(first)
    vi.setSystemTime((exp - 61) * 1000)
    expect(await source()).toBe(first)
    vi.setSystemTime((exp - 60) * 1000)
    const second = await source()
    expect(second).not.toBe(first)
    expect(decodeJwt(second).exp).toBeGreaterThan(exp)
    expect(decodeProtectedHeader(second).alg).toBe('HS256')
  })

  it('shares one signing between concurrent calls', async () => {
    const source = createAccessTokenSource({ apiKey, apiSecret })
    const [a, b] = await Promise.all([source(), source()])
    expect(a).toBe(b)
  })
})

describe('createAccessTokenSource with an access token', () => {
  it('returns a fixed token as is', async () => {
    expect(await createAccessTokenSource({ accessToken: 'oauth-token' })()).toBe('oauth-token')
  })

  it('calls a token function before every request', async () => {
    let calls = 0
    const source = createAccessTokenSource({ accessToken: async () => `token-${++calls}` })
    expect([await source(), await source()]).toEqual(['token-1', 'token-2'])
  })

  it('turns a throwing or empty token function into access_token_failed', async () => {
    const cause = new Error('OAuth server down')
    const throwing = createAccessTokenSource({
      accessToken: () => {
        throw cause
      },
    })
    await expect(throwing()).rejects.toMatchObject({ code: 'access_token_failed', cause })
    await expect(createAccessTokenSource({ accessToken: () => '' })()).rejects.toBeInstanceOf(CobrowseRestError)
  })
})

describe('createAccessTokenSource with unusable credentials', () => {
  it.each([
    { apiKey: '', apiSecret: 'x' },
    { apiKey: 'x', apiSecret: '' },
    { apiKey: 'x' },
    { accessToken: '' },
    { accessToken: 42 },
    null,
  ])('refuses %j at once', (credentials) => {
    expect(() => createAccessTokenSource(credentials as never)).toThrow(
      expect.objectContaining({ code: 'invalid_parameter' }),
    )
  })
})
