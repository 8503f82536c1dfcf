const HINTS_BY_CODE: Record<number, string> = {
  124: 'Zoom refused the access token. Check the API key and secret, or refresh the OAuth token.',
  30101:
    'The next_page_token is invalid or expired (Zoom keeps it for 15 minutes). Restart the listing from the first page.',
  30300:
    'Zoom knows no session with this id. Check the sessionId and the session type (live or past); a session that just ended may take a moment to appear among past sessions.',
}

const HINTS_BY_STATUS: Record<number, string> = {
  400: 'Zoom refused the parameters. Check from/to (at most one month apart, within the last six months) and the ids.',
  401: "Zoom refused the credentials. Check the API key and secret (the app's API credentials, not the SDK key and secret) or the access token, and this server's clock.",
  403: 'The app or account may not use the Cobrowse SDK REST API. Check the plan, and the scopes of an OAuth token.',
  404: 'Zoom has no such resource. Check the sessionId and baseUrl.',
  429: "Zoom's rate limit was reached. Slow down: wait retryAfterMs when it is set; past_sessions allows only about 10 requests a minute.",
}

/**
 * What the caller should change after Zoom answered `status` with Zoom error `code`. Known codes come first because
 * Zoom reuses statuses: a 400 may be an expired cursor (30101) or a bad date range.
 */
export function hintForZoomError(status: number, code: number): string {
  const hint = HINTS_BY_CODE[code] ?? HINTS_BY_STATUS[code] ?? HINTS_BY_STATUS[status]
  if (hint) return hint
  if (status >= 500) return 'Zoom had a server error and retries did not help. Try again later; see status.zoom.us.'
  return "See Zoom's message, and Zoom's REST API error codes."
}
