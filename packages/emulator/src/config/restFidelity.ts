/**
 * Every choice the emulator's REST API (`/v2/cobrowsesdk/...`) makes, in one place so each can change in one line.
 * Tags: [C] confirmed by Zoom's API reference, [U] unconfirmed (a reading of Zoom's docs or of its other APIs),
 * [kit choice] Zoom says nothing and the emulator had to pick. packages/emulator/README.md has the matching rows.
 *
 * Choices that are rules rather than values live in the file that applies them:
 * - API JWT: HS256 with the API secret, `iss` = API key, a future `exp`, `iat` optional, no lifetime cap [U claims]
 *   (rest/verifyApiToken.ts);
 * - `from`/`to`: both or neither; dates are UTC days and a date-only `to` covers its whole day [U]
 *   (rest/readPastWindow.ts);
 * - `users` of a live session are those connected now, of a past one each distinct user once, and `user_count`
 *   counts the same people [U] (rest/sessionRows.ts);
 * - `Retry-After` is whole seconds to the end of the window; `X-RateLimit-*` go on every counted answer [U]
 *   (rest/rateLimiter.ts).
 */
export const REST_FIDELITY = {
  /** Zoom's base path is `https://api.zoom.us/v2`; the emulator serves it on its own origin. [C paths] */
  prefix: '/v2/cobrowsesdk/',
  /** `page_size` bounds and default. [C] */
  pageSize: { min: 30, max: 300, default: 30 },
  /** How long a `next_page_token` stays usable. [C] */
  pageTokenTtlMs: 15 * 60_000,
  /**
   * Zoom Pro's limits (the lowest paid tier, so a dashboard that fits here fits everywhere): Light 30 requests/s,
   * Resource-intensive 10/min. Zoom counts per account; the emulator has one account, so per API key. [C values,
   * kit choice tier] The daily cap shared by heavy endpoints (30,000) is not emulated. [kit choice]
   */
  rateLimit: { lightPerSecond: 30, heavyPerMinute: 10 },
  /** `past_sessions` without `from`/`to` covers the last 24 hours. [C] */
  defaultPastWindowMs: 24 * 3_600_000,
  /** `from`..`to` spans at most one calendar month; `from` goes back at most six months. [C rule, U check] */
  maxRangeMonths: 1,
  maxLookbackMonths: 6,
  /** Ended sessions kept for `past_sessions`, the oldest dropped first; all in memory. [kit choice] */
  historyLimit: 10_000,
  /** Zoom does not say: `past_sessions` newest first (by `time_type`), `live_sessions` oldest first. [kit choice] */
  pastNewestFirst: true,
  liveNewestFirst: false,
  /** Client addresses are not recorded and the emulator binds loopback: user rows say `127.0.0.1`. [kit choice] */
  ipAddress: '127.0.0.1',
  /** `data_center` of every user row: the emulator stands in for Zoom's US cloud (`us01-zcb`). [kit choice] */
  dataCenter: 'US',
  errors: {
    /** [C] */
    invalidToken: { status: 401, code: 401, message: 'Invalid token.' },
    /** [C] */
    badPageToken: { status: 400, code: 30101, message: 'The next page token is invalid or expired.' },
    /** [C] message has the id in place of `$sessionId`. */
    sessionNotFound: { status: 404, code: 30300, message: 'Session does not exist: ' },
    /** Zoom's usual validation failure (code 300, `errors: [{ field, message }]`), not listed for cobrowse. [U] */
    validation: { status: 400, code: 300, message: 'Validation Failed.' },
    /** Zoom's per-second 429 text [C]; the per-minute wording is modelled on it [U]. */
    rateLimitedLight: {
      status: 429,
      code: 429,
      message: 'You have reached the maximum per-second rate limit for this API. Try again later.',
    },
    rateLimitedHeavy: {
      status: 429,
      code: 429,
      message: 'You have reached the maximum per-minute rate limit for this API. Try again later.',
    },
    /** Paths under the prefix that are not an endpoint. [kit choice] */
    notFound: { status: 404, code: 404, message: 'Not found: ' },
    /** Anything but GET. [kit choice] */
    methodNotAllowed: { status: 405, code: 405, message: 'Method not allowed: ' },
  },
} as const

/** One Zoom REST error: the HTTP status and the `{ code, message }` body. */
export interface RestErrorSpec {
  readonly status: number
  readonly code: number
  readonly message: string
}
