// Three non-empty base64url segments. The signature is not checked: only the server holds the SDK secret.
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/

/**
 * True when `value` looks like a compact JWT (`header.payload.signature` in base64url). Catches a path, a JSON body
 * or an `undefined` passed where a token belongs, before the SDK refuses it with a vaguer error.
 *
 * @example
 * isJwtShaped('eyJh.eyJ1.c2ln') // true
 * isJwtShaped('/api/token') // false
 */
export function isJwtShaped(value: unknown): value is string {
  return typeof value === 'string' && JWT_SHAPE.test(value)
}
