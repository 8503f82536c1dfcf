/**
 * A secret (SDK secret, webhook Secret Token) as a non-extractable HMAC-SHA256 key. WebCrypto, so it runs on Node,
 * Bun, Deno and edge runtimes; import once and reuse, the import is the costly part.
 */
export function importHmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ])
}
