/** Why a REST call failed without an answer from Zoom (an answer from Zoom is a `ZoomApiError`). */
export type CobrowseRestErrorCode =
  | 'timeout'
  | 'aborted'
  | 'network'
  | 'invalid_response'
  | 'invalid_parameter'
  | 'access_token_failed'

const DEFAULT_HINTS: Record<CobrowseRestErrorCode, string> = {
  timeout: 'Zoom did not answer in time, on any attempt. Check connectivity to baseUrl, or raise timeoutMs.',
  aborted: 'The AbortSignal passed to this call was aborted; nothing to fix unless that was not intended.',
  network:
    'No HTTP answer came back, on any attempt. Check DNS, proxy and firewall rules, and that baseUrl is reachable.',
  invalid_response:
    "The answer was not the JSON Zoom's REST API sends. Check that baseUrl points at Zoom's API (https://api.zoom.us/v2) and not at a proxy or login page.",
  invalid_parameter: 'Fix the argument named in the message; no request was sent.',
  access_token_failed:
    'The accessToken function threw or returned no token. Check the code that obtains the OAuth token.',
}

/** Options of `CobrowseRestError`. */
export interface CobrowseRestErrorOptions {
  /** Replaces the default hint of the code. */
  hint?: string
  /** The HTTP status, when an answer came but could not be read. */
  status?: number
  cause?: unknown
}

/**
 * A REST call that failed on this side of the wire: the request timed out, was aborted, never got an HTTP answer,
 * got an unreadable answer, or was refused before sending because an argument was invalid.
 *
 * @example
 * try {
 *   await client.listLiveSessions({ page_size: 10 })
 * } catch (error) {
 *   if (error instanceof CobrowseRestError && error.code === 'invalid_parameter') console.error(error.hint)
 * }
 */
export class CobrowseRestError extends Error {
  override readonly name = 'CobrowseRestError'
  readonly code: CobrowseRestErrorCode
  /** What to change. */
  readonly hint: string
  /** Set for `invalid_response`: the status of the answer that could not be read. */
  declare readonly status?: number

  constructor(code: CobrowseRestErrorCode, message: string, options: CobrowseRestErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.hint = options.hint ?? DEFAULT_HINTS[code]
    if (options.status !== undefined) this.status = options.status
  }

  /** Keeps `message` and `hint` in `JSON.stringify` and structured logs. */
  toJSON(): Record<string, unknown> {
    const { name, code, message, hint, status } = this
    return status === undefined ? { name, code, message, hint } : { name, code, status, message, hint }
  }
}
