import { describe, expect, it } from 'vitest'
import { encodeBase64url } from './base64url.js'
import { hs256Signature, signJwt } from './signJwt.js'
import { signSdkToken } from './signSdkToken.js'
import { verifySdkToken } from './verifySdkToken.js'

const sdkKey = 'test-key'
const sdkSecret = 'test-secret'
const NOW = Date.UTC(2026, 0, 15, 12)
const IAT = NOW / 1000
const customer = { sdkKey, sdkSecret, role: 1, now: NOW } as const

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    app_key: sdkKey,
    role_type: 1,
    iat: IAT,
    exp: IAT + 3600,
    user_id: 'u-1',
    user_name: 'Ada',
    ...overrides,
  }
}

function rejection(token: unknown, options: Parameters<typeof verifySdkToken>[1] = customer): string {
  const result = verifySdkToken(token, options)
  if (result.ok) throw new Error('expected the token to be refused')
  return result.reason
}

describe('verifySdkToken', () => {
  it('accepts a token minted by signSdkToken and returns its claims', () => {
    const token = signSdkToken({ sdkKey, sdkSecret, role: 1, userId: 'u-1', userName: 'Ada', now: NOW })
    expect(verifySdkToken(token, customer)).toEqual({
      ok: true,
      claims: { app_key: sdkKey, role_type: 1, iat: IAT, exp: IAT + 7200, user_id: 'u-1', user_name: 'Ada' },
      byop: false,
      unknownClaims: [],
    })
  })

  it('turns BYOP on for enable_byop 1 only', () => {
    const byop = verifySdkToken(signJwt({ alg: 'HS256' }, claims({ enable_byop: 1 }), sdkSecret), customer)
    const off = verifySdkToken(signJwt({ alg: 'HS256' }, claims({ enable_byop: 0 }), sdkSecret), customer)
    expect(byop.ok && byop.byop).toBe(true)
    expect(off.ok && off.byop).toBe(false)
  })

  it('accepts unknown claims but names them', () => {
    const result = verifySdkToken(
      signJwt({ alg: 'HS256' }, claims({ user_identity: 'x', tpc: 'y' }), sdkSecret),
      customer,
    )
    expect(result.ok && result.unknownClaims).toEqual(['user_identity', 'tpc'])
  })

  it('refuses a missing or malformed token', () => {
    expect(rejection(undefined)).toMatch(/missing/)
    expect(rejection('')).toMatch(/missing/)
    expect(rejection('a.b')).toMatch(/three/)
    expect(rejection('!!.e30.sig')).toMatch(/header/)
    const header = encodeBase64url(JSON.stringify({ alg: 'HS256' }))
    expect(rejection(`${header}.${encodeBase64url('[1]')}.x`)).toMatch(/signature/)
  })

  it('refuses a correctly signed payload that is not a JSON object', () => {
    const input = `${encodeBase64url(JSON.stringify({ alg: 'HS256' }))}.${encodeBase64url('[1]')}`
    expect(rejection(`${input}.${hs256Signature(input, sdkSecret)}`)).toMatch(/payload/)
  })

  it('refuses a bad signature', () => {
    const token = signJwt({ alg: 'HS256' }, claims(), 'another-secret')
    expect(rejection(token)).toMatch(/signature/)
    const [header, payload] = signJwt({ alg: 'HS256' }, claims(), sdkSecret).split('.')
    expect(rejection(`${header}.${payload}.`)).toMatch(/signature/)
    expect(rejection(`${header}.${payload}.AAAA`)).toMatch(/signature/)
  })

  it('refuses a payload changed after signing', () => {
    const [header, , signature] = signJwt({ alg: 'HS256' }, claims(), sdkSecret).split('.')
    const forged = encodeBase64url(JSON.stringify(claims({ user_id: 'admin' })))
    expect(rejection(`${header}.${forged}.${signature}`)).toMatch(/signature/)
  })

  it('refuses alg none and any other algorithm', () => {
    const unsigned = `${encodeBase64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${encodeBase64url(JSON.stringify(claims()))}.`
    expect(rejection(unsigned)).toMatch(/alg must be HS256/)
    expect(rejection(signJwt({ alg: 'HS512' }, claims(), sdkSecret))).toMatch(/alg must be HS256/)
    expect(rejection(signJwt({ typ: 'JWT' }, claims(), sdkSecret))).toMatch(/alg must be HS256/)
  })

  it('refuses the wrong app_key', () => {
    expect(rejection(signJwt({ alg: 'HS256' }, claims({ app_key: 'other' }), sdkSecret))).toMatch(/app_key/)
    expect(rejection(signJwt({ alg: 'HS256' }, claims({ app_key: undefined }), sdkSecret))).toMatch(/app_key/)
  })

  it('refuses a string role_type and the wrong role', () => {
    expect(rejection(signJwt({ alg: 'HS256' }, claims({ role_type: '1' }), sdkSecret))).toMatch(
      /must be a number \(1 or 2\), got a string/,
    )
    expect(rejection(signJwt({ alg: 'HS256' }, claims({ role_type: 2 }), sdkSecret))).toMatch(/must be 1/)
    const agentToken = signJwt({ alg: 'HS256' }, claims({ role_type: 1 }), sdkSecret)
    expect(rejection(agentToken, { ...customer, role: 2 })).toMatch(/must be 2 for the agent/)
  })

  it('refuses iat or exp that are not numbers', () => {
    expect(rejection(signJwt({ alg: 'HS256' }, claims({ iat: String(IAT) }), sdkSecret))).toMatch(/iat and exp/)
    expect(rejection(signJwt({ alg: 'HS256' }, claims({ exp: undefined }), sdkSecret))).toMatch(/iat and exp/)
  })

  it('enforces the lifetime bounds of 1800 s and 48 h', () => {
    const at = (lifetime: number) => signJwt({ alg: 'HS256' }, claims({ exp: IAT + lifetime }), sdkSecret)
    expect(rejection(at(1799))).toMatch(/at least 1800/)
    expect(verifySdkToken(at(1800), customer).ok).toBe(true)
    expect(verifySdkToken(at(172_800), customer).ok).toBe(true)
    expect(rejection(at(172_801))).toMatch(/at most 172800/)
  })

  it('refuses an expired token', () => {
    const token = signSdkToken({ sdkKey, sdkSecret, role: 1, expirationSeconds: 1800, now: NOW })
    expect(verifySdkToken(token, { ...customer, now: NOW + 1_799_000 }).ok).toBe(true)
    expect(rejection(token, { ...customer, now: NOW + 1_800_000 })).toMatch(/expired/)
  })

  it('requires user_id and a user_name of at most 80 characters', () => {
    expect(rejection(signJwt({ alg: 'HS256' }, claims({ user_id: '' }), sdkSecret))).toMatch(/user_id/)
    expect(rejection(signJwt({ alg: 'HS256' }, claims({ user_id: 7 }), sdkSecret))).toMatch(/user_id/)
    expect(rejection(signJwt({ alg: 'HS256' }, claims({ user_name: undefined }), sdkSecret))).toMatch(/user_name/)
    const long = signJwt({ alg: 'HS256' }, claims({ user_name: 'x'.repeat(81) }), sdkSecret)
    expect(rejection(long)).toMatch(/at most 80/)
    const limit = signJwt({ alg: 'HS256' }, claims({ user_name: 'x'.repeat(80) }), sdkSecret)
    expect(verifySdkToken(limit, customer).ok).toBe(true)
  })
})
