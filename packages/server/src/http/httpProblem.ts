/**
 * A refused request, as every handler of this package answers it: an HTTP status and a JSON body
 * `{ code, message, hint }` that says what was wrong and what to change.
 */
export interface HttpProblem {
  status: number
  /** Stable, machine-readable: `body_too_large`, `signature_mismatch`, `agent_not_authorized`, … */
  code: string
  /** What was wrong with this request. */
  message: string
  /** What the caller (or the host app's developer) should change. */
  hint: string
}

/** The JSON response for `problem`; `extra` fields (such as the token endpoint's `errors`) join the body. */
export function problemResponse(
  problem: HttpProblem,
  headers: HeadersInit = {},
  extra: Record<string, unknown> = {},
): Response {
  const { status, code, message, hint } = problem
  return jsonResponse(status, { ...extra, code, message, hint }, headers)
}

/** A JSON response that no cache keeps: tokens, webhook answers and errors are all per request. */
export function jsonResponse(status: number, body: unknown, headers: HeadersInit = {}): Response {
  const merged = new Headers(headers)
  merged.set('content-type', 'application/json; charset=utf-8')
  merged.set('cache-control', 'no-store')
  return new Response(JSON.stringify(body), { status, headers: merged })
}
