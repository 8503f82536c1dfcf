/**
 * Every error the kit can surface: Zoom's documented codes (numbers) and the kit's own (strings).
 *
 * Meanings of 1008, 1009, 1010 and 1017 are unconfirmed on Zoom's error page; the readings below follow the BYOP
 * rules they sit next to. 30308 and 124 come from the agent desk, not from `session_error`.
 */

/** Groups errors for UI: each family gets its own copy and recovery action. */
export type CobrowseErrorFamily = 'sdk' | 'token' | 'session' | 'pin' | 'limit' | 'network' | 'config' | 'unknown'

export interface CobrowseErrorSpec {
  name: string
  family: CobrowseErrorFamily
  retryable: boolean
  message: string
  hint: string
}

export const ZOOM_ERRORS = {
  1001: [
    'SESSION_START_FAILED',
    'session',
    true,
    'The session could not start.',
    'Check the site URL registered for the SDK key and the account credits, then try again.',
  ],
  1002: [
    'SESSION_CONNECTING_IN_PROGRESS',
    'limit',
    true,
    'A session is already connecting.',
    'Wait for the other tab or the recovering session to finish, then try again.',
  ],
  1004: [
    'SESSION_COUNT_LIMIT',
    'limit',
    false,
    'Another session is already active in this browser for this site.',
    'End the session in the other tab first.',
  ],
  1006: [
    'SESSION_JOIN_PIN_NOT_FOUND',
    'pin',
    false,
    'No session has this PIN.',
    'Ask the customer to read the PIN again; it may have expired.',
  ],
  1008: [
    'SESSION_PIN_INVALID_FORMAT',
    'pin',
    false,
    'The custom PIN is not valid.',
    'Use at most 10 letters and digits.',
  ],
  1009: [
    'SESSION_START_PIN_REQUIRED',
    'pin',
    false,
    'This token needs a custom PIN.',
    'Pass customPinCode to start() when the token has enable_byop: 1.',
  ],
  1010: ['SESSION_START_PIN_CONFLICT', 'pin', true, 'That custom PIN is already in use.', 'Choose another custom PIN.'],
  1011: [
    'SESSION_JOIN_FAILED',
    'session',
    true,
    'Joining the session failed.',
    'The session may have ended or the connection failed; start a new session.',
  ],
  1012: [
    'SESSION_CUSTOMER_COUNT_LIMIT',
    'limit',
    false,
    'A customer is already in this session.',
    'Only one customer can share a session.',
  ],
  1013: [
    'SESSION_AGENT_COUNT_LIMIT',
    'limit',
    false,
    'This session has the most agents it allows.',
    'Ask another agent to leave first.',
  ],
  1015: [
    'SESSION_DUPLICATE_USER',
    'session',
    false,
    'This user is already in the session.',
    'Give each user a unique user_id in the token.',
  ],
  1016: [
    'NETWORK_ERROR',
    'network',
    true,
    'The connection to the cobrowse service failed.',
    'Check the network connection, then try again.',
  ],
  1017: [
    'SESSION_CANCELING_IN_PROGRESS',
    'session',
    true,
    'The previous session is still ending.',
    'Wait a moment, then try again.',
  ],
  2001: [
    'TOKEN_INVALID',
    'token',
    false,
    'The session token was refused.',
    'Sign it with the SDK secret (HS256), set app_key to the SDK key and role_type to 1 or 2, and keep exp between iat+1800 and iat+172800.',
  ],
  9999: [
    'UNDEFINED',
    'unknown',
    true,
    'The cobrowse service reported an unknown error.',
    'Try again; if it persists, contact support with the time of the error.',
  ],
  30308: [
    'DESK_PIN_NOT_FOUND',
    'pin',
    false,
    'Cobrowse code not found.',
    'Use the PIN from the customer page (pincode_updated), not one from your backend.',
  ],
  124: [
    'DESK_TOKEN_INVALID',
    'token',
    false,
    'The agent token was refused.',
    'Mint a role_type 2 token signed with the SDK secret.',
  ],
} as const satisfies Record<number, readonly [string, CobrowseErrorFamily, boolean, string, string]>

export const KIT_ERRORS = {
  sdk_load_failed: [
    'SDK_LOAD_FAILED',
    'sdk',
    true,
    'The cobrowse SDK script failed to load.',
    'A blocked CDN, a Content-Security-Policy without the SDK origin, or an ad-blocker can cause this.',
  ],
  sdk_load_timeout: [
    'SDK_LOAD_TIMEOUT',
    'sdk',
    true,
    'The cobrowse SDK script took too long to load.',
    'Check the network and that script-src allows the SDK origin.',
  ],
  sdk_init_failed: [
    'SDK_INIT_FAILED',
    'sdk',
    false,
    'The cobrowse SDK could not start in this browser.',
    'Use a current browser over HTTPS (or localhost).',
  ],
  sdk_unavailable: [
    'SDK_UNAVAILABLE',
    'sdk',
    false,
    'The cobrowse SDK needs a browser.',
    'Call this from client code, not during server rendering.',
  ],
  token_fetch_failed: [
    'TOKEN_FETCH_FAILED',
    'token',
    true,
    'Could not get a session token.',
    'Check that the token endpoint is reachable and returns { token }.',
  ],
  token_forbidden: [
    'TOKEN_FORBIDDEN',
    'token',
    false,
    'The token endpoint refused this user.',
    'The server must authorize this caller (agents need an authorized session).',
  ],
  token_invalid_response: [
    'TOKEN_INVALID_RESPONSE',
    'token',
    false,
    'The token endpoint returned no token.',
    'Respond with JSON { "token": "<jwt>" }.',
  ],
  token_malformed: [
    'TOKEN_MALFORMED',
    'token',
    false,
    'The token is not a JWT.',
    'Pass a JWT string, an async function, or { url } of a token endpoint.',
  ],
  invalid_pin: [
    'INVALID_PIN',
    'pin',
    false,
    'That PIN is not valid.',
    'Zoom PINs have 6 digits; custom PINs up to 10 letters and digits.',
  ],
  invalid_config: [
    'INVALID_CONFIG',
    'config',
    false,
    'The cobrowse configuration is not valid.',
    'See the hint in the message and the configuration docs.',
  ],
  session_not_ready: [
    'SESSION_NOT_READY',
    'session',
    false,
    'That action is not possible in the current session state.',
    'Wait for the session to be ready.',
  ],
  unknown: ['UNKNOWN', 'unknown', true, 'Something went wrong in the cobrowse session.', 'Try again.'],
} as const satisfies Record<string, readonly [string, CobrowseErrorFamily, boolean, string, string]>

export type ZoomErrorCode = keyof typeof ZOOM_ERRORS
export type KitErrorCode = keyof typeof KIT_ERRORS
export type CobrowseErrorCode = ZoomErrorCode | KitErrorCode

/** Looks up a code. Unknown Zoom codes map to 9999's reading so nothing is lost. */
export function describeError(code: number | string): CobrowseErrorSpec {
  const row =
    (ZOOM_ERRORS as Record<string, (typeof ZOOM_ERRORS)[ZoomErrorCode]>)[code] ??
    (KIT_ERRORS as Record<string, (typeof KIT_ERRORS)[KitErrorCode]>)[code] ??
    (typeof code === 'number' ? ZOOM_ERRORS[9999] : KIT_ERRORS.unknown)
  const [name, family, retryable, message, hint] = row
  return { name, family, retryable, message, hint }
}
