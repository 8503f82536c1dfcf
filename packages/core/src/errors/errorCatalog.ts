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

// Rows: [name, family, retryable, message, hint]. Kept terse on purpose: the catalog ships in every bundle.
export const ZOOM_ERRORS = {
  1001: [
    'SESSION_START_FAILED',
    'session',
    true,
    'The session could not start.',
    "Check the SDK key's site URL and account credits.",
  ],
  1002: [
    'SESSION_CONNECTING_IN_PROGRESS',
    'limit',
    true,
    'A session is already connecting.',
    'Wait for the other tab, then retry.',
  ],
  1004: [
    'SESSION_COUNT_LIMIT',
    'limit',
    false,
    'A session is already active in this browser.',
    'End it in the other tab first.',
  ],
  1006: ['SESSION_JOIN_PIN_NOT_FOUND', 'pin', false, 'No session has this PIN.', 'Check the PIN; it may have expired.'],
  1008: [
    'SESSION_PIN_INVALID_FORMAT',
    'pin',
    false,
    'The custom PIN is not valid.',
    'Use up to 10 letters and digits.',
  ],
  1009: [
    'SESSION_START_PIN_REQUIRED',
    'pin',
    false,
    'This token needs a custom PIN.',
    'Pass customPinCode with an enable_byop token.',
  ],
  1010: ['SESSION_START_PIN_CONFLICT', 'pin', true, 'That custom PIN is in use.', 'Choose another PIN.'],
  1011: ['SESSION_JOIN_FAILED', 'session', true, 'Joining the session failed.', 'It may have ended; start a new one.'],
  1012: [
    'SESSION_CUSTOMER_COUNT_LIMIT',
    'limit',
    false,
    'A customer is already in this session.',
    'One customer per session.',
  ],
  1013: [
    'SESSION_AGENT_COUNT_LIMIT',
    'limit',
    false,
    'The session has too many agents.',
    'Ask an agent to leave first.',
  ],
  1015: [
    'SESSION_DUPLICATE_USER',
    'session',
    false,
    'This user is already in the session.',
    'Give each user a unique user_id.',
  ],
  1016: ['NETWORK_ERROR', 'network', true, 'The connection failed.', 'Check the network, then retry.'],
  1017: [
    'SESSION_CANCELING_IN_PROGRESS',
    'session',
    true,
    'The last session is still ending.',
    'Wait a moment, then retry.',
  ],
  2001: [
    'TOKEN_INVALID',
    'token',
    false,
    'The token was refused.',
    'Sign it HS256 with the SDK secret; app_key, role_type 1|2, exp iat+30m..48h.',
  ],
  9999: [
    'UNDEFINED',
    'unknown',
    true,
    'The service reported an unknown error.',
    'Retry; if it persists, contact support.',
  ],
  30308: ['DESK_PIN_NOT_FOUND', 'pin', false, 'Cobrowse code not found.', 'Use the PIN from pincode_updated.'],
  124: [
    'DESK_TOKEN_INVALID',
    'token',
    false,
    'The agent token was refused.',
    'Mint a role_type 2 token with the SDK secret.',
  ],
} as const satisfies Record<number, readonly [string, CobrowseErrorFamily, boolean, string, string]>

export const KIT_ERRORS = {
  sdk_load_failed: [
    'SDK_LOAD_FAILED',
    'sdk',
    true,
    'The cobrowse SDK failed to load.',
    'A blocked CDN, CSP script-src or ad-blocker can cause this.',
  ],
  sdk_load_timeout: [
    'SDK_LOAD_TIMEOUT',
    'sdk',
    true,
    'The cobrowse SDK took too long to load.',
    'Check the network and CSP script-src.',
  ],
  sdk_init_failed: [
    'SDK_INIT_FAILED',
    'sdk',
    false,
    'The cobrowse SDK cannot run here.',
    'Use a current browser over HTTPS or localhost.',
  ],
  sdk_unavailable: [
    'SDK_UNAVAILABLE',
    'sdk',
    false,
    'The cobrowse SDK needs a browser.',
    'Call this from client code.',
  ],
  token_fetch_failed: [
    'TOKEN_FETCH_FAILED',
    'token',
    true,
    'Could not get a session token.',
    'Check the token endpoint returns { token }.',
  ],
  token_forbidden: [
    'TOKEN_FORBIDDEN',
    'token',
    false,
    'The token endpoint refused this user.',
    'The server must authorize this caller.',
  ],
  token_invalid_response: [
    'TOKEN_INVALID_RESPONSE',
    'token',
    false,
    'The token endpoint returned no token.',
    'Answer JSON { "token": "<jwt>" }.',
  ],
  token_malformed: [
    'TOKEN_MALFORMED',
    'token',
    false,
    'The token is not a JWT.',
    'Pass a JWT, an async function or { url }.',
  ],
  invalid_pin: [
    'INVALID_PIN',
    'pin',
    false,
    'That PIN is not valid.',
    'Zoom PINs: 6 digits. Custom PINs: up to 10 letters and digits.',
  ],
  invalid_config: ['INVALID_CONFIG', 'config', false, 'The cobrowse configuration is not valid.', 'See the message.'],
  invalid_masking: [
    'INVALID_MASKING',
    'config',
    false,
    'A masking selector is not valid.',
    'Fix the item the message names; nothing is shared with agents until masking is valid.',
  ],
  unknown: ['UNKNOWN', 'unknown', true, 'Something went wrong.', 'Retry.'],
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
