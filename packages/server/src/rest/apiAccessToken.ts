import { SignJWT } from 'jose'
import { CobrowseRestError } from './CobrowseRestError.js'
import type { CobrowseRestCredentials } from './restClientOptions.js'

/** Lifetime of a signed API JWT: Zoom suggests at most one hour. */
export const API_JWT_LIFETIME_SECONDS = 3600
/** A cached JWT is replaced this long before it expires, so none expires in flight or in a retry. */
const RENEW_BEFORE_SECONDS = 60
/** `iat` is set this far back so a Zoom clock slightly behind ours does not see a token from the future. */
const CLOCK_SKEW_SECONDS = 30

/** Returns the bearer token for the next request. */
export type AccessTokenSource = () => Promise<string>

/**
 * The bearer token source for `credentials`. With an API key and secret it signs an HS256 JWT
 * `{ iss: apiKey, iat, exp }` and reuses it until a minute before it expires; concurrent calls share one signing.
 * With `accessToken` it returns the string, or calls the function every time. Rejects with a `CobrowseRestError`
 * (`access_token_failed`); throws `invalid_parameter` at once for credentials that can never work.
 *
 * @example
 * const token = await createAccessTokenSource({ apiKey, apiSecret })()
 */
export function createAccessTokenSource(credentials: CobrowseRestCredentials): AccessTokenSource {
  if (typeof credentials !== 'object' || credentials === null) throw badCredentials()
  if ('accessToken' in credentials) {
    const { accessToken } = credentials
    if (typeof accessToken === 'function') return () => callTokenFunction(accessToken)
    if (typeof accessToken === 'string' && accessToken !== '') return () => Promise.resolve(accessToken)
    throw badCredentials()
  }
  const { apiKey, apiSecret } = credentials as Partial<Record<'apiKey' | 'apiSecret', unknown>>
  if (typeof apiKey !== 'string' || apiKey === '' || typeof apiSecret !== 'string' || apiSecret === '') {
    throw badCredentials()
  }
  const key = new TextEncoder().encode(apiSecret)
  let cached: { token: Promise<string>; renewAt: number } | undefined
  return () => {
    const now = Math.floor(Date.now() / 1000)
    if (!cached || now >= cached.renewAt) {
      const iat = now - CLOCK_SKEW_SECONDS
      const exp = iat + API_JWT_LIFETIME_SECONDS
      const token = new SignJWT({})
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(apiKey)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(key)
      const entry = { token, renewAt: exp - RENEW_BEFORE_SECONDS }
      cached = entry
      // A failed signing is not cached: the next request signs again.
      token.catch(() => {
        if (cached === entry) cached = undefined
      })
    }
    return cached.token.catch((error: unknown) => {
      throw new CobrowseRestError('access_token_failed', 'The API JWT could not be signed.', {
        hint: 'Check that apiSecret is the API secret string of the Zoom app.',
        cause: error,
      })
    })
  }
}

async function callTokenFunction(accessToken: () => string | Promise<string>): Promise<string> {
  let token: unknown
  try {
    token = await accessToken()
  } catch (error) {
    throw new CobrowseRestError('access_token_failed', 'The accessToken function threw.', { cause: error })
  }
  if (typeof token !== 'string' || token === '') {
    throw new CobrowseRestError('access_token_failed', 'The accessToken function returned no token string.')
  }
  return token
}

function badCredentials(): CobrowseRestError {
  return new CobrowseRestError(
    'invalid_parameter',
    'The credentials are neither { apiKey, apiSecret } nor { accessToken }.',
    {
      hint: "Pass the Zoom app's API key and secret as non-empty strings, or an accessToken string or function.",
    },
  )
}
