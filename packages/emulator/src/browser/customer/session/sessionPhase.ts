import { FIDELITY } from '../../../config/fidelity.js'

/**
 * Where the session is. `failed` is a session the server ended with an error: it reports `ended`, and `end()` there
 * still confirms with `session_ended` (callers wait for that before starting again).
 */
export type Phase = 'idle' | 'starting' | 'joining' | 'live' | 'reconnecting' | 'recoverable' | 'failed' | 'ended'

const S = FIDELITY.sessionStatus

/** `getSessionInfo().sessionStatus` of each phase. */
export const SESSION_STATUS: Record<Phase, string> = {
  idle: S.idle,
  starting: S.connecting,
  joining: S.connecting,
  live: S.inSession,
  reconnecting: S.connecting,
  recoverable: S.recoverable,
  failed: S.ended,
  ended: S.ended,
}

/** Phases in which a session exists and its PIN and id are known. */
export function knowsSession(phase: Phase): boolean {
  return phase === 'live' || phase === 'reconnecting' || phase === 'joining' || phase === 'recoverable'
}
