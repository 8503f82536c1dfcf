import { signJwt } from '../auth/signJwt.js'

/** Lifetime of a token `signApiToken` mints when none is asked for: Zoom suggests at most an hour. */
export const DEFAULT_API_TOKEN_LIFETIME_S = 3600

/** What `signApiToken` puts into the token. */
export interface SignApiTokenOptions {
  apiKey: string
  apiSecret: string
  /** Seconds from `iat` to `exp`. Default 3600. Negative values make an already expired token (for tests). */
  expirationSeconds?: number
  /** Clock, in epoch milliseconds. Default `Date.now()`. */
  now?: number
}

/**
 * Mints a Zoom API JWT (`{ iss: apiKey, iat, exp }`, HS256 with the API secret), the bearer token of the REST API
 * under `/v2/cobrowsesdk/`. For tests and scripts against the emulator; a backend talking to Zoom mints its own.
 *
 * @example
 * const token = signApiToken({ apiKey: DEV_API_KEY, apiSecret: DEV_API_SECRET })
 * await fetch(`${emulator.url}/v2/cobrowsesdk/live_sessions`, { headers: { Authorization: `Bearer ${token}` } })
 */
export function signApiToken(options: SignApiTokenOptions): string {
  const iat = Math.floor((options.now ?? Date.now()) / 1000)
  const exp = iat + Math.floor(options.expirationSeconds ?? DEFAULT_API_TOKEN_LIFETIME_S)
  return signJwt({ alg: 'HS256', typ: 'JWT' }, { iss: options.apiKey, iat, exp }, options.apiSecret)
}
