/** What the agent sees for a failed join: the code shown in brackets and the sentence before it. */
export interface AgentErrorDisplay {
  code: number
  message: string
}

/** What Zoom's desk shows for a missing or refused `access_token` (the server renders it; the script falls back to it). */
export const DESK_TOKEN_ERROR: AgentErrorDisplay = { code: 124, message: 'Invalid token' }

/** Zoom's `NETWORK_ERROR`: used when the emulator cannot be reached or the socket drops. */
export const NETWORK_ERROR_CODE = 1016

/**
 * How Zoom's desk words the SDK errors an agent can hit. Unconfirmed: the 1006 → 30308 "Cobrowse code not found"
 * pairing comes from a support runbook, not from Zoom's error page, so it lives here and nowhere else.
 */
const DESK_WORDING: Readonly<Record<number, AgentErrorDisplay>> = {
  1006: { code: 30308, message: 'Cobrowse code not found' },
  2001: { code: 2001, message: 'Invalid token' },
}

/**
 * Maps an error from the emulator's socket to the desk's wording; codes without a desk wording keep the server's text.
 *
 * @example
 * describeAgentError(1006, 'PIN not found') // { code: 30308, message: 'Cobrowse code not found' }
 */
export function describeAgentError(code: number, serverMessage: string): AgentErrorDisplay {
  const wording = DESK_WORDING[code]
  if (wording) return wording
  return { code, message: serverMessage.trim() || 'Could not join the session' }
}

/**
 * One line for an alert: the message, then the code in brackets.
 *
 * @example
 * formatAgentError({ code: 30308, message: 'Cobrowse code not found' }) // 'Cobrowse code not found (30308)'
 */
export function formatAgentError(display: AgentErrorDisplay): string {
  return `${display.message} (${display.code})`
}
