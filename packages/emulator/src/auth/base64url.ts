// Node's base64url decoder skips characters it does not know, so a token with junk in it would still decode; the
// alphabet check makes such a token fail instead.
const BASE64URL = /^[A-Za-z0-9_-]*$/

/** Encodes text (UTF-8) or bytes as unpadded base64url, the encoding of every JWT segment. */
export function encodeBase64url(input: string | Uint8Array): string {
  return Buffer.from(input).toString('base64url')
}

/** Decodes one JWT segment; `undefined` when it is not strict unpadded base64url. */
export function decodeBase64url(segment: string): Buffer | undefined {
  if (!BASE64URL.test(segment) || segment.length % 4 === 1) return undefined
  return Buffer.from(segment, 'base64url')
}
