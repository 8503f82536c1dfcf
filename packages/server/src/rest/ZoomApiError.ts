import { hintForZoomError } from './zoomApiHints.js'

/** Fields of a `ZoomApiError`. */
export interface ZoomApiErrorInit {
  status: number
  /** Zoom's numeric code from the body; the HTTP status when the body has none. */
  code: number
  message: string
  /** Replaces the hint derived from `status` and `code`. */
  hint?: string
  retryAfterMs?: number
}

/**
 * Zoom answered with an error status. `code` is Zoom's code (30101: expired page token, 30300: no such session,
 * 124 or 401: credentials refused, 429: rate limited), or the HTTP status when the body carried none; `hint` says
 * what to change.
 *
 * @example
 * try {
 *   await client.getSession(id)
 * } catch (error) {
 *   if (error instanceof ZoomApiError && error.code === 30300) return null
 *   throw error
 * }
 */
export class ZoomApiError extends Error {
  override readonly name = 'ZoomApiError'
  readonly status: number
  readonly code: number
  /** What to change. */
  readonly hint: string
  /** From `Retry-After`: how long Zoom asked to wait before the next request. */
  declare readonly retryAfterMs?: number

  constructor(init: ZoomApiErrorInit) {
    super(init.message)
    this.status = init.status
    this.code = init.code
    this.hint = init.hint ?? hintForZoomError(init.status, init.code)
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs
  }

  /** Keeps `message` and `hint` in `JSON.stringify` and structured logs. */
  toJSON(): Record<string, unknown> {
    const { name, status, code, message, hint, retryAfterMs } = this
    return retryAfterMs === undefined
      ? { name, status, code, message, hint }
      : { name, status, code, message, hint, retryAfterMs }
  }
}

/** Reads Zoom's `{ code, message }` error body, tolerating a body that is not JSON (a proxy's HTML page). */
export function zoomApiErrorFromAnswer(status: number, text: string, retryAfterMs: number | undefined): ZoomApiError {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    // Left undefined: the status stands in for the code below.
  }
  const { code, message } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  return new ZoomApiError({
    status,
    code: readCode(code) ?? status,
    message:
      typeof message === 'string' && message !== ''
        ? message
        : `Zoom answered HTTP ${status} without an error message.`,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  })
}

/** Zoom sends a number; a numeric string is read too, anything else is no code. */
function readCode(code: unknown): number | undefined {
  if (typeof code === 'number' && Number.isSafeInteger(code)) return code
  if (typeof code === 'string' && /^\d{1,9}$/.test(code)) return Number(code)
  return undefined
}
