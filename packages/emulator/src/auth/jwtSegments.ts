import { timingSafeEqual } from 'node:crypto'
import { decodeBase64url } from './base64url.js'
import { hs256Signature } from './signJwt.js'

/**
 * Whether `signaturePart` is the HS256 signature of `signingInput` under `secret`, compared in constant time. SDK
 * tokens and API tokens are both HS256 JWTs; only their secrets and claims differ.
 */
export function hs256SignatureMatches(signingInput: string, signaturePart: string, secret: string): boolean {
  const given = decodeBase64url(signaturePart)
  const expected = decodeBase64url(hs256Signature(signingInput, secret))
  // timingSafeEqual throws on a length mismatch; the length of an HMAC is public anyway.
  return given !== undefined && expected !== undefined && given.length === expected.length
    ? timingSafeEqual(given, expected)
    : false
}

/** A JWT header or payload segment decoded to a JSON object, or `undefined` when it is anything else. */
export function readJsonSegment(segment: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64url(segment)
  if (!bytes) return undefined
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
