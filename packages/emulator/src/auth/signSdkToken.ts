import { randomBytes } from 'node:crypto'
import type { SdkRole, SdkTokenClaims } from './sdkTokenClaims.js'
import { signJwt } from './signJwt.js'

/** Lifetime Zoom's auth endpoint sample gives a token when the request names none. */
export const DEFAULT_TOKEN_LIFETIME_S = 7200

/** What `signSdkToken` puts into the token. */
export interface SignSdkTokenOptions {
  sdkKey: string
  sdkSecret: string
  role: SdkRole
  /** Default: a random base36 id, as in Zoom's auth endpoint sample. */
  userId?: string
  /** Default: the user id. */
  userName?: string
  /** Seconds from `iat` to `exp`. Default 7200. */
  expirationSeconds?: number
  /** Adds `enable_byop: 1` so the customer may choose the PIN. */
  enableByop?: boolean
  /** Clock, in epoch milliseconds. Default `Date.now()`. */
  now?: number
}

/**
 * Mints a Zoom cobrowse SDK token (HS256, signed with the SDK secret) shaped like the ones Zoom's auth endpoint
 * sample returns. The emulator's dev token endpoint uses it, and so do tests.
 *
 * @example
 * const token = signSdkToken({ sdkKey: DEV_SDK_KEY, sdkSecret: DEV_SDK_SECRET, role: 1, userName: 'Ada' })
 */
export function signSdkToken(options: SignSdkTokenOptions): string {
  const iat = Math.floor((options.now ?? Date.now()) / 1000)
  const userId = options.userId ?? randomBytes(8).readBigUInt64BE().toString(36)
  const claims: SdkTokenClaims = {
    app_key: options.sdkKey,
    role_type: options.role,
    iat,
    exp: iat + Math.floor(options.expirationSeconds ?? DEFAULT_TOKEN_LIFETIME_S),
    user_id: userId,
    user_name: options.userName ?? userId,
    ...(options.enableByop ? { enable_byop: 1 } : {}),
  }
  return signJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims }, options.sdkSecret)
}
