import { hs256SignatureMatches, readJsonSegment } from '../auth/jwtSegments.js'

/** The API credentials an `Authorization` header is checked against. */
export interface VerifyApiTokenOptions {
  apiKey: string
  apiSecret: string
  /** Clock, in epoch milliseconds. */
  now: number
}

/** The verdict on a REST request's credentials: the API key it acts for, or the first rule it broke (for logs). */
export type ApiTokenVerification = { ok: true; apiKey: string } | { ok: false; reason: string }

/**
 * Checks `Authorization: Bearer <JWT>` the way Zoom's API-key auth works: an HS256 JWT signed with the API secret
 * (not the SDK secret), `iss` equal to the API key, and an `exp` (epoch seconds) still in the future. `iat` is
 * optional but must be a number when present. Every failure is the same 401 to the client; `reason` is for the log.
 *
 * @example
 * const verdict = verifyApiToken(req.headers.authorization, { apiKey, apiSecret, now: Date.now() })
 */
export function verifyApiToken(authorization: unknown, options: VerifyApiTokenOptions): ApiTokenVerification {
  if (typeof authorization !== 'string' || authorization === '') return fail('no Authorization header')
  const match = /^Bearer +(\S+)\s*$/i.exec(authorization)
  if (!match?.[1]) return fail('the Authorization header is not "Bearer <token>"')
  const segments = match[1].split('.')
  if (segments.length !== 3) return fail('the token is not a JWT (it needs three dot-separated parts)')
  const [headerPart = '', payloadPart = '', signaturePart = ''] = segments

  const header = readJsonSegment(headerPart)
  if (!header) return fail('the JWT header is not base64url-encoded JSON')
  if (header.alg !== 'HS256') return fail(`alg must be HS256, got ${JSON.stringify(header.alg)}`)
  if (!hs256SignatureMatches(`${headerPart}.${payloadPart}`, signaturePart, options.apiSecret)) {
    return fail('the signature does not match the API secret (SDK-secret tokens are not API tokens)')
  }
  const payload = readJsonSegment(payloadPart)
  if (!payload) return fail('the JWT payload is not base64url-encoded JSON')
  const { iss, exp, iat } = payload
  if (iss !== options.apiKey) return fail('iss is not this API key')
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return fail('exp must be a number (epoch seconds)')
  if (exp * 1000 <= options.now) return fail('the token has expired')
  if (iat !== undefined && (typeof iat !== 'number' || !Number.isFinite(iat))) {
    return fail('iat must be a number (epoch seconds) when present')
  }
  return { ok: true, apiKey: iss }
}

function fail(reason: string): ApiTokenVerification {
  return { ok: false, reason }
}
