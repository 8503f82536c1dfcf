import { SignJWT } from 'jose'
import type { CobrowseRole } from './cobrowseRole.js'
import { TokenConfigError } from './TokenConfigError.js'
import { TOKEN_LIMITS } from './tokenLimits.js'

/** Input of `signCobrowseToken`. */
export interface SignCobrowseTokenOptions {
  /** Zoom SDK key: the `app_key` claim. */
  sdkKey: string
  /** Zoom SDK secret (not the API secret): the HS256 key. */
  sdkSecret: string
  /** 1 = customer, 2 = agent. */
  role: CobrowseRole
  /** `user_id`: unique per user within a session. */
  userId: string
  /** `user_name`: shown to the other side; at most 80 characters. */
  userName: string
  /** `exp − iat`, 1800 to 172800 seconds. Default 7200 (2 h). */
  expirationSeconds?: number
  /** Adds `enable_byop: 1` ("bring your own PIN"). Default false: the claim is left out. */
  byop?: boolean
  /** Clock, epoch milliseconds. Default `Date.now()`. */
  now?: number
}

/**
 * Signs a Zoom cobrowse SDK token (customer `SDK_TOKEN` or agent `ACCESS_TOKEN`) with exactly the claims Zoom
 * documents: header `{ alg: 'HS256', typ: 'JWT' }`, payload `app_key`, `role_type`, `iat`, `exp`, `user_id`,
 * `user_name`, plus `enable_byop: 1` when `byop` is on. `iat` is back-dated 30 s for clock skew and `exp` is counted
 * from it. For hosts with their own routing; `createTokenHandler` wraps it in an HTTP endpoint. Rejects with a
 * `TokenConfigError` on input Zoom would refuse.
 *
 * @example
 * const token = await signCobrowseToken({
 *   sdkKey: env.ZOOM_SDK_KEY,
 *   sdkSecret: env.ZOOM_SDK_SECRET,
 *   role: COBROWSE_ROLE.agent,
 *   userId: session.user.id,
 *   userName: session.user.name,
 * })
 */
export async function signCobrowseToken(options: SignCobrowseTokenOptions): Promise<string> {
  return signCobrowseTokenWithKey(options, new TextEncoder().encode(options?.sdkSecret))
}

/**
 * `signCobrowseToken` with the HMAC key supplied, so the token endpoint imports the secret once instead of per
 * request. Internal: not exported from the package.
 */
export async function signCobrowseTokenWithKey(
  options: SignCobrowseTokenOptions,
  key: CryptoKey | Uint8Array,
): Promise<string> {
  const { sdkKey, sdkSecret, role, userId, userName, byop = false } = options
  const expirationSeconds = options.expirationSeconds ?? TOKEN_LIMITS.defaultExpirationSeconds
  const now = options.now ?? Date.now()
  assertCredentials(sdkKey, sdkSecret)
  assertClaimInput(role, userId, userName, expirationSeconds, now)

  const iat = Math.floor(now / 1000) - TOKEN_LIMITS.clockSkewSeconds
  const payload = {
    app_key: sdkKey,
    role_type: role,
    iat,
    exp: iat + expirationSeconds,
    user_id: userId,
    user_name: userName,
    ...(byop ? { enable_byop: 1 } : {}),
  }
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key)
}

/** Throws unless both SDK credentials are non-empty strings. Shared with `createTokenHandler`. */
export function assertCredentials(sdkKey: unknown, sdkSecret: unknown): void {
  const missing = [
    ...(typeof sdkKey === 'string' && sdkKey !== '' ? [] : ['sdkKey']),
    ...(typeof sdkSecret === 'string' && sdkSecret !== '' ? [] : ['sdkSecret']),
  ]
  if (missing.length === 0) return
  throw new TokenConfigError(
    'missing_credentials',
    `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing or empty.`,
    'Pass the SDK key and SDK secret of your Zoom Video SDK / Cobrowse app (Zoom Marketplace → your app → App ' +
      'credentials), usually from ZOOM_SDK_KEY and ZOOM_SDK_SECRET. The API key and secret will not work.',
  )
}

function assertClaimInput(role: unknown, userId: unknown, userName: unknown, lifetime: number, now: number): void {
  const { minExpirationSeconds: min, maxExpirationSeconds: max, maxUserNameClaimLength } = TOKEN_LIMITS
  const problems = [
    ...(role === 1 || role === 2 ? [] : [`role must be 1 (customer) or 2 (agent), got ${String(role)}`]),
    ...(typeof userId === 'string' && userId !== '' ? [] : ['userId must be a non-empty string']),
    ...(typeof userName === 'string' && userName.length <= maxUserNameClaimLength
      ? []
      : [`userName must be a string of at most ${maxUserNameClaimLength} characters`]),
    ...(Number.isInteger(lifetime) && lifetime >= min && lifetime <= max
      ? []
      : [`expirationSeconds must be a whole number from ${min} to ${max}, got ${lifetime}`]),
    ...(Number.isFinite(now) ? [] : ['now must be a finite epoch time in milliseconds']),
  ]
  if (problems.length === 0) return
  throw new TokenConfigError(
    'invalid_claims',
    `Zoom would refuse this token: ${problems.join('; ')}.`,
    'Fix the values passed to signCobrowseToken; Zoom documents these rules for cobrowse SDK tokens.',
  )
}
