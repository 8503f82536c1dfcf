import { createHmac } from 'node:crypto'
import { encodeBase64url } from './base64url.js'

/** The HS256 signature of `header.payload` (both already base64url), as base64url. */
export function hs256Signature(signingInput: string, secret: string): string {
  return encodeBase64url(createHmac('sha256', secret).update(signingInput).digest())
}

/**
 * Serialises and signs a JWT with HMAC-SHA256 whatever the header claims, so tests can build tokens that lie about
 * their algorithm or carry wrong claim types. Production code wants `signSdkToken`.
 */
export function signJwt(header: Record<string, unknown>, payload: Record<string, unknown>, secret: string): string {
  const signingInput = `${encodeBase64url(JSON.stringify(header))}.${encodeBase64url(JSON.stringify(payload))}`
  return `${signingInput}.${hs256Signature(signingInput, secret)}`
}
