import { fromHex, toHex } from '../crypto/hex.js'

const encoder = new TextEncoder()
const SIGNATURE_FORM = /^v0=[0-9a-f]{64}$/

/** Hex HMAC-SHA256 of `message`: the signature's digest, and the `encryptedToken` of a URL validation. */
export async function hmacHex(key: CryptoKey, message: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message))))
}

/** The string Zoom signs: `v0:{x-zm-request-timestamp}:{raw body}`. */
export function signedMessage(timestamp: string, body: string): string {
  return `v0:${timestamp}:${body}`
}

/** Whether `signature` has Zoom's form, `v0=` and 64 lowercase hex digits, before any work is spent on it. */
export function isSignatureForm(signature: string): boolean {
  return SIGNATURE_FORM.test(signature)
}

/**
 * Whether `signature` (already of Zoom's form) is the HMAC of the timestamp and body. The digests are compared byte
 * by byte over their whole fixed length, with no early exit, so the time taken says nothing about how many leading
 * bytes of a forgery were right.
 */
export async function signatureMatches(
  key: CryptoKey,
  timestamp: string,
  body: string,
  signature: string,
): Promise<boolean> {
  const expected = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(signedMessage(timestamp, body))))
  const given = fromHex(signature.slice('v0='.length))
  if (given.length !== expected.length) return false
  let difference = 0
  for (let i = 0; i < expected.length; i++) difference |= (expected[i] ?? 0) ^ (given[i] ?? 0)
  return difference === 0
}
