/** A Zoom error as the emulator sends it: `{ t: 'error', code, message }`, after which it closes the socket. */
export interface SessionError {
  code: number
  message: string
}

/** The Zoom error codes the emulator produces (Zoom's names in the comments). */
export const ERROR_CODE = {
  /** SESSION_START_FAILED */
  startFailed: 1001,
  /** SESSION_CONNECTING_IN_PROGRESS */
  connectingInProgress: 1002,
  /** SESSION_COUNT_LIMIT: one live session per browser and site. */
  sessionCountLimit: 1004,
  /** SESSION_JOIN_PIN_NOT_FOUND */
  pinNotFound: 1006,
  /** SESSION_PIN_INVALID_FORMAT */
  pinInvalidFormat: 1008,
  /** SESSION_START_PIN_REQUIRED */
  pinRequired: 1009,
  /** SESSION_START_PIN_CONFLICT */
  pinConflict: 1010,
  /** SESSION_JOIN_FAILED */
  joinFailed: 1011,
  /** SESSION_CUSTOMER_COUNT_LIMIT */
  customerCountLimit: 1012,
  /** SESSION_AGENT_COUNT_LIMIT */
  agentCountLimit: 1013,
  /** SESSION_DUPLICATE_USER */
  duplicateUser: 1015,
  /** TOKEN_INVALID */
  tokenInvalid: 2001,
} as const

/** Builds the error value; the message is the emulator's own wording, Zoom's texts are not published. */
export function sessionError(code: number, message: string): SessionError {
  return { code, message }
}
