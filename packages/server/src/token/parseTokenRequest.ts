import type { CobrowseRole } from './cobrowseRole.js'
import { TOKEN_LIMITS } from './tokenLimits.js'

/** A token request body that passed validation. */
export interface ParsedTokenRequest {
  role: CobrowseRole
  /** Absent when the body named none (an empty string counts as none). */
  userId?: string
  userName?: string
  /** Defaults to 7200 (2 h). */
  expirationSeconds: number
}

/** One broken rule, in the shape of Zoom's auth endpoint sample: `{ property, reason }`. */
export interface TokenRequestIssue {
  property: string
  reason: string
}

/** The verdict on a body: the request, or every rule it broke. */
export type TokenRequestParse = { ok: true; request: ParsedTokenRequest } | { ok: false; errors: TokenRequestIssue[] }

type Field<T> = { value: T } | { reason: string }

/**
 * Validates a decoded JSON body against the rules of Zoom's auth endpoint sample: `role` required, 1 or 2;
 * `userId` and `userName` optional strings of at most 35 characters; `expirationSeconds` optional, 1800 to 172800.
 * Numbers sent as decimal strings (`"2"`, `"3600"`) are accepted, as the sample does. Unknown fields are ignored.
 * Every broken rule is reported, not just the first.
 *
 * @example
 * parseTokenRequest({ role: '2', userName: 'Ana' })
 * // → { ok: true, request: { role: 2, userName: 'Ana', expirationSeconds: 7200 } }
 */
export function parseTokenRequest(body: unknown): TokenRequestParse {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: [{ property: 'body', reason: 'must be a JSON object such as {"role":1}' }] }
  }
  const fields = body as Record<string, unknown>
  const role = readRole(fields.role)
  const userId = readUserText(fields.userId)
  const userName = readUserText(fields.userName)
  const expirationSeconds = readExpiration(fields.expirationSeconds)

  const errors = Object.entries({ role, userId, userName, expirationSeconds }).flatMap(([property, field]) =>
    'reason' in field ? [{ property, reason: field.reason }] : [],
  )
  if (!('value' in role && 'value' in userId && 'value' in userName && 'value' in expirationSeconds)) {
    return { ok: false, errors }
  }
  const request: ParsedTokenRequest = { role: role.value, expirationSeconds: expirationSeconds.value }
  if (userId.value !== undefined) request.userId = userId.value
  if (userName.value !== undefined) request.userName = userName.value
  return { ok: true, request }
}

function readRole(raw: unknown): Field<CobrowseRole> {
  if (raw === undefined || raw === null) return { reason: 'is required: 1 (customer) or 2 (agent)' }
  const role = readWholeNumber(raw)
  return role === 1 || role === 2 ? { value: role } : { reason: `must be 1 (customer) or 2 (agent), got ${show(raw)}` }
}

function readUserText(raw: unknown): Field<string | undefined> {
  if (raw === undefined || raw === null || raw === '') return { value: undefined }
  if (typeof raw !== 'string') return { reason: `must be a string, got ${show(raw)}` }
  const max = TOKEN_LIMITS.maxRequestUserLength
  return raw.length <= max ? { value: raw } : { reason: `must be at most ${max} characters, got ${raw.length}` }
}

function readExpiration(raw: unknown): Field<number> {
  if (raw === undefined || raw === null) return { value: TOKEN_LIMITS.defaultExpirationSeconds }
  const { minExpirationSeconds: min, maxExpirationSeconds: max } = TOKEN_LIMITS
  const seconds = readWholeNumber(raw)
  return seconds !== undefined && seconds >= min && seconds <= max
    ? { value: seconds }
    : { reason: `must be a whole number of seconds from ${min} to ${max}, got ${show(raw)}` }
}

/** A whole number, from a JSON number or a decimal string such as `"2"` (what HTML forms and query strings send). */
function readWholeNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) ? raw : undefined
  if (typeof raw === 'string' && /^\s*\d{1,15}\s*$/.test(raw)) return Number(raw)
  return undefined
}

/** A short rendering of a received value for an error reason; long strings are cut so the reply stays small. */
function show(raw: unknown): string {
  const text = JSON.stringify(raw) ?? String(raw)
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}
