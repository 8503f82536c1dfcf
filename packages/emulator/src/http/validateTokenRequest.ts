import type { SdkRole } from '../auth/sdkTokenClaims.js'
import { DEFAULT_TOKEN_LIFETIME_S } from '../auth/signSdkToken.js'
import { FIDELITY } from '../config/fidelity.js'

/** One failed rule, in the `{ errors: [...] }` body shape of Zoom's auth endpoint sample. */
export interface TokenRequestError {
  property: string
  reason: string
}

/** A dev token request that passed validation, defaults applied. */
export interface TokenRequest {
  role: SdkRole
  userId?: string
  userName?: string
  expirationSeconds: number
  enableByop: boolean
}

// Zoom's auth endpoint sample caps the ids at 35 characters, stricter than the token rules themselves.
const MAX_ID_LENGTH = 35

/**
 * Applies the rules of Zoom's auth endpoint sample to a dev token request: `role` required and 1 or 2,
 * `expirationSeconds` within the token lifetime bounds (both may come as numeric strings), `userId` and `userName`
 * strings of at most 35 characters. Plus the emulator's own optional `enableByop` boolean.
 */
export function validateTokenRequest(
  body: unknown,
): { ok: true; request: TokenRequest } | { ok: false; errors: TokenRequestError[] } {
  const fields =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
  const role = coerceNumber(fields.role)
  const expirationSeconds = coerceNumber(fields.expirationSeconds)
  const errors: TokenRequestError[] = []

  if (role === undefined) {
    errors.push({ property: 'role', reason: 'role is required (1 = customer, 2 = agent)' })
  } else if (role !== 1 && role !== 2) {
    errors.push({ property: 'role', reason: `role must be the number 1 or 2, got ${String(fields.role)}` })
  }

  const { minTokenLifetimeS: min, maxTokenLifetimeS: max } = FIDELITY
  if (expirationSeconds !== undefined && !(expirationSeconds >= min && expirationSeconds <= max)) {
    errors.push({ property: 'expirationSeconds', reason: `expirationSeconds must be a number from ${min} to ${max}` })
  }
  for (const property of ['userId', 'userName'] as const) {
    const value = fields[property]
    if (value !== undefined && (typeof value !== 'string' || value.length > MAX_ID_LENGTH)) {
      errors.push({ property, reason: `${property} must be a string of at most ${MAX_ID_LENGTH} characters` })
    }
  }
  if (fields.enableByop !== undefined && typeof fields.enableByop !== 'boolean') {
    errors.push({ property: 'enableByop', reason: 'enableByop must be true or false' })
  }
  if (errors.length > 0 || (role !== 1 && role !== 2)) return { ok: false, errors }

  const request: TokenRequest = {
    role,
    expirationSeconds: expirationSeconds ?? DEFAULT_TOKEN_LIFETIME_S,
    enableByop: fields.enableByop === true,
  }
  if (typeof fields.userId === 'string') request.userId = fields.userId
  if (typeof fields.userName === 'string') request.userName = fields.userName
  return { ok: true, request }
}

/** Like the sample: strings go through `parseInt`; anything else must already be a number (NaN counts as invalid). */
function coerceNumber(value: unknown): number | undefined {
  if (value === undefined) return undefined
  const number = typeof value === 'string' ? Number.parseInt(value, 10) : value
  return typeof number === 'number' ? number : Number.NaN
}
