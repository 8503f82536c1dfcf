import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { decodeBase64url, encodeBase64url } from '../auth/base64url.js'

/** Where the next page starts: after the row with this sort key. */
export type SortKey = readonly [time: number, id: string]

/** What a `next_page_token` carries from one page to the next. */
export interface PagePosition {
  after: SortKey
  /** `past_sessions`: the time range the first page resolved, so later pages read the same range. */
  window?: readonly [from: number, to: number]
}

/** Mints and reads `next_page_token`s. */
export interface PageTokens {
  /** A token for the page after `position`, usable only with the same `scope` until it expires. */
  issue(scope: string, position: PagePosition): string
  /** The position a token carries; `undefined` when it is garbage, forged, expired or from another query. */
  read(token: string, scope: string): PagePosition | undefined
}

/** How tokens expire. */
export interface PageTokenOptions {
  ttlMs: number
  now: () => number
}

const PARAMS_OUTSIDE_SCOPE = new Set(['next_page_token', 'page_size'])

/**
 * The query a token is bound to: the path and every filter, in a canonical order. `page_size` may change between
 * pages; a different filter makes the token invalid, as Zoom's cursor belongs to one result set.
 */
export function pageScope(pathname: string, params: URLSearchParams): string {
  const filters = [...params].filter(([name]) => !PARAMS_OUTSIDE_SCOPE.has(name))
  filters.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1))
  return `${pathname}?${new URLSearchParams(filters)}`
}

/**
 * Page tokens that need no server state: the position, the scope's hash and the expiry, signed with a key that lives
 * as long as the emulator. Opaque to clients (they must not parse them), and a restarted emulator refuses old ones,
 * as a token from another Zoom cursor would be refused.
 */
export function createPageTokens(options: PageTokenOptions): PageTokens {
  const key = randomBytes(32)
  const sign = (body: string) => encodeBase64url(createHmac('sha256', key).update(body).digest())
  const scopeHash = (scope: string) => encodeBase64url(createHash('sha256').update(scope).digest().subarray(0, 12))

  return {
    issue(scope, position) {
      const claims = { s: scopeHash(scope), p: position, x: options.now() + options.ttlMs }
      const body = encodeBase64url(JSON.stringify(claims))
      return `${body}.${sign(body)}`
    },
    read(token, scope) {
      const [body = '', signature = '', extra] = token.split('.')
      if (extra !== undefined || !signatureMatches(signature, sign(body))) return undefined
      const claims = parseClaims(decodeBase64url(body)?.toString('utf8'))
      if (!claims || claims.s !== scopeHash(scope) || claims.x <= options.now()) return undefined
      return claims.p
    },
  }
}

function signatureMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Only a signed token gets here, so the checks guard against the emulator's own format changing, not attackers. */
function parseClaims(text: string | undefined): { s: string; p: PagePosition; x: number } | undefined {
  if (text === undefined) return undefined
  try {
    const value = JSON.parse(text) as { s?: unknown; p?: { after?: unknown; window?: unknown }; x?: unknown }
    const { s, p, x } = value
    if (typeof s !== 'string' || typeof x !== 'number' || !p) return undefined
    if (!isPair(p.after, 'number', 'string')) return undefined
    if (p.window !== undefined && !isPair(p.window, 'number', 'number')) return undefined
    return { s, x, p: p.window === undefined ? { after: p.after } : { after: p.after, window: p.window } }
  } catch {
    return undefined
  }
}

function isPair<A extends 'number' | 'string', B extends 'number' | 'string'>(
  value: unknown,
  first: A,
  second: B,
): value is [A extends 'number' ? number : string, B extends 'number' ? number : string] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === first && typeof value[1] === second
}
