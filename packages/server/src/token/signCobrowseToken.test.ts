import { decodeProtectedHeader, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { COBROWSE_ROLE } from './cobrowseRole.js'
import { type SignCobrowseTokenOptions, signCobrowseToken } from './signCobrowseToken.js'
import { TokenConfigError } from './TokenConfigError.js'

const SECRET = 'sdk-secret-for-tests'
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)
const BASE: SignCobrowseTokenOptions = {
  sdkKey: 'sdk-key',
  sdkSecret: SECRET,
  role: COBROWSE_ROLE.customer,
  userId: 'c-42',
  userName: 'Casey',
  now: NOW,
}

async function verified(token: string) {
  return jwtVerify(token, new TextEncoder().encode(SECRET), {
    algorithms: ['HS256'],
    typ: 'JWT',
    currentDate: new Date(NOW),
  })
}

/** Options as a caller without types might pass them: any field, any value. */
async function refusal(options: Record<string, unknown>) {
  const error = await signCobrowseToken({ ...BASE, ...options } as SignCobrowseTokenOptions).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(TokenConfigError)
  return error as TokenConfigError
}

describe('signCobrowseToken', () => {
  it('signs HS256 with header { alg, typ } and exactly the claims Zoom documents', async () => {
    const token = await signCobrowseToken(BASE)
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' })
    const { payload } = await verified(token)
    const iat = NOW / 1000 - 30
    expect(payload).toEqual({
      app_key: 'sdk-key',
      role_type: 1,
      iat,
      exp: iat + 7200,
      user_id: 'c-42',
      user_name: 'Casey',
    })
  })

  it('writes role_type as a number for agents', async () => {
    const { payload } = await verified(await signCobrowseToken({ ...BASE, role: COBROWSE_ROLE.agent }))
    expect(payload.role_type).toBe(2)
    expect(typeof payload.role_type).toBe('number')
  })

  it('back-dates iat by 30 s and counts exp from it, so exp − iat is the lifetime asked for', async () => {
    for (const expirationSeconds of [1800, 3600, 172_800]) {
      const { payload } = await verified(await signCobrowseToken({ ...BASE, expirationSeconds, now: NOW + 999 }))
      expect(payload.iat).toBe(Math.floor((NOW + 999) / 1000) - 30)
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(expirationSeconds)
    }
  })

  it('adds enable_byop: 1 only with byop, for both roles', async () => {
    for (const role of [COBROWSE_ROLE.customer, COBROWSE_ROLE.agent]) {
      const on = await verified(await signCobrowseToken({ ...BASE, role, byop: true }))
      expect(on.payload.enable_byop).toBe(1)
      const off = await verified(await signCobrowseToken({ ...BASE, role, byop: false }))
      expect(off.payload).not.toHaveProperty('enable_byop')
    }
  })

  it('is refused by jose with another secret', async () => {
    const token = await signCobrowseToken(BASE)
    await expect(jwtVerify(token, new TextEncoder().encode('other-secret'))).rejects.toThrow(/signature/)
  })

  it('uses the current time by default', async () => {
    const before = Math.floor(Date.now() / 1000)
    const { now: _, ...withoutClock } = BASE
    const { payload } = await jwtVerify(await signCobrowseToken(withoutClock), new TextEncoder().encode(SECRET))
    expect(payload.iat).toBeGreaterThanOrEqual(before - 30)
    expect(payload.iat).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) - 30)
  })

  it('rejects missing credentials with missing_credentials, naming them', async () => {
    const both = await refusal({ sdkKey: '', sdkSecret: undefined })
    expect(both.code).toBe('missing_credentials')
    expect(both.message).toMatch(/sdkKey and sdkSecret are missing/)
    expect((await refusal({ sdkSecret: '' })).message).toMatch(/^sdkSecret is missing/)
  })

  it.each([
    [{ role: 3 }, /role must be 1/],
    [{ role: '2' }, /role must be 1/],
    [{ userId: '' }, /userId must be a non-empty string/],
    [{ userName: 'n'.repeat(81) }, /userName must be a string of at most 80/],
    [{ expirationSeconds: 1799 }, /expirationSeconds must be a whole number from 1800 to 172800/],
    [{ expirationSeconds: 172_801 }, /expirationSeconds/],
    [{ expirationSeconds: 3600.5 }, /expirationSeconds/],
    [{ now: Number.NaN }, /now must be a finite/],
  ] as [Record<string, unknown>, RegExp][])('rejects %j with invalid_claims', async (options, message) => {
    const error = await refusal(options)
    expect(error.code).toBe('invalid_claims')
    expect(error.message).toMatch(message)
    expect(error.hint).toBeTruthy()
  })

  it('accepts an 80-character user name (Zoom’s limit)', async () => {
    const { payload } = await verified(await signCobrowseToken({ ...BASE, userName: 'n'.repeat(80) }))
    expect(payload.user_name).toHaveLength(80)
  })
})
