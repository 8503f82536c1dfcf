import { FIDELITY } from '../config/fidelity.js'
import { hs256SignatureMatches, readJsonSegment } from './jwtSegments.js'
import { KNOWN_SDK_CLAIMS, type SdkRole, type SdkTokenClaims } from './sdkTokenClaims.js'

/** The credentials and role a token is checked against. */
export interface VerifySdkTokenOptions {
  sdkKey: string
  sdkSecret: string
  /** The role the token must carry: 1 to start or resume as a customer, 2 to join as an agent. */
  role: SdkRole
  /** Clock, in epoch milliseconds. Default `Date.now()`. */
  now?: number
}

/** The verdict on a token: its claims, or the first rule it broke. */
export type SdkTokenVerification =
  | {
      ok: true
      claims: SdkTokenClaims
      /** True when the token carries `enable_byop: 1`. */
      byop: boolean
      /** Claims Zoom does not document. Accepted, but worth a warning: Zoom may refuse them. */
      unknownClaims: string[]
    }
  | {
      ok: false
      /** Which rule failed, for logs and for the error message the client gets. */
      reason: string
    }

const ROLE_NAMES: Record<SdkRole, string> = { 1: 'customer', 2: 'agent' }

/**
 * Checks a Zoom cobrowse SDK token the way Zoom's documentation describes: HS256 only, signed with the SDK secret,
 * every documented claim present with the documented type, a lifetime within Zoom's bounds, not expired.
 *
 * @example
 * const result = verifySdkToken(token, { sdkKey, sdkSecret, role: 2 })
 * if (!result.ok) log(`token refused: ${result.reason}`)
 */
export function verifySdkToken(token: unknown, options: VerifySdkTokenOptions): SdkTokenVerification {
  if (typeof token !== 'string' || token === '') return fail('the token is missing')
  const segments = token.split('.')
  if (segments.length !== 3) return fail('the token is not a JWT (it needs three dot-separated parts)')
  const [headerPart = '', payloadPart = '', signaturePart = ''] = segments

  const header = readJsonSegment(headerPart)
  if (!header) return fail('the JWT header is not base64url-encoded JSON')
  if (header.alg !== 'HS256') return fail(`alg must be HS256, got ${JSON.stringify(header.alg)}`)
  if (!hs256SignatureMatches(`${headerPart}.${payloadPart}`, signaturePart, options.sdkSecret)) {
    return fail('the signature does not match the SDK secret')
  }

  const payload = readJsonSegment(payloadPart)
  if (!payload) return fail('the JWT payload is not base64url-encoded JSON')
  return checkClaims(payload, options)
}

function checkClaims(payload: Record<string, unknown>, options: VerifySdkTokenOptions): SdkTokenVerification {
  const { app_key, role_type, iat, exp, user_id, user_name, enable_byop } = payload
  if (app_key !== options.sdkKey) return fail('app_key is not this SDK key')
  if (typeof role_type !== 'number') return fail(`role_type must be a number (1 or 2), got a ${typeof role_type}`)
  if (role_type !== options.role) {
    return fail(`role_type must be ${options.role} for the ${ROLE_NAMES[options.role]} role, got ${role_type}`)
  }
  if (!isFiniteNumber(iat) || !isFiniteNumber(exp)) return fail('iat and exp must be numbers (epoch seconds)')
  const lifetime = exp - iat
  if (lifetime < FIDELITY.minTokenLifetimeS) {
    return fail(`exp must be at least ${FIDELITY.minTokenLifetimeS} s after iat, got ${lifetime} s`)
  }
  if (lifetime > FIDELITY.maxTokenLifetimeS) {
    return fail(`exp must be at most ${FIDELITY.maxTokenLifetimeS} s after iat, got ${lifetime} s`)
  }
  if (exp * 1000 <= (options.now ?? Date.now())) return fail('the token has expired')
  if (typeof user_id !== 'string' || user_id === '') return fail('user_id must be a non-empty string')
  if (typeof user_name !== 'string') return fail('user_name must be a string')
  if (user_name.length > FIDELITY.maxUserNameLength) {
    return fail(`user_name must be at most ${FIDELITY.maxUserNameLength} characters, got ${user_name.length}`)
  }

  const claims: SdkTokenClaims = { app_key, role_type: options.role, iat, exp, user_id, user_name }
  if (typeof enable_byop === 'number') claims.enable_byop = enable_byop
  const unknownClaims = Object.keys(payload).filter((name) => !KNOWN_SDK_CLAIMS.has(name))
  return { ok: true, claims, byop: enable_byop === 1, unknownClaims }
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function fail(reason: string): SdkTokenVerification {
  return { ok: false, reason }
}
