/**
 * One scripted moment of a fake customer session. Scripts are plain arrays, so a test (or a Storybook story) reads as
 * the story of the session: started, PIN issued, agent joined, network dropped, and so on.
 *
 * Each step changes the fake's state where it matters (live, PIN, agents present) and emits the event the real
 * customer SDK would. Build steps by hand or with the `steps` helpers.
 */
export type TimelineStep =
  /** Emits `session_started`; the session counts as live from then on. */
  | { type: 'session-started' }
  /**
   * Emits `pincode_updated` with both `pinCode` and `pincode`, as Zoom's samples disagree on the key. Default PIN: the
   * `customPinCode` given to `start()` upper-cased, else the current PIN, else a random 6-digit PIN.
   */
  | { type: 'pin-issued'; pin?: string }
  /** Emits `agent_joined`. Default agent: `{ userId: 'agent-N', userName: 'Agent N' }`, N counting joins from 1. */
  | { type: 'agent-joined'; agent?: { userId?: string; userName?: string } }
  /** Emits `agent_left`. Default: the agent who joined most recently and is still present. */
  | { type: 'agent-left'; agent?: { userId?: string; userName?: string } }
  /** Emits `remote_assist_requested` (default type `'scroll_page'`). */
  | { type: 'remote-assist-requested'; remoteAssistType?: string; userName?: string }
  /** Emits `remote_assist_started` (default type `'scroll_page'`). */
  | { type: 'remote-assist-started'; remoteAssistType?: string }
  /** Emits `remote_assist_stopped` (default type `'scroll_page'`). */
  | { type: 'remote-assist-stopped'; remoteAssistType?: string }
  /** Emits `session_reconnecting`. */
  | { type: 'network-dropped' }
  /** Emits `session_started` again, as the SDK does after a reconnect. */
  | { type: 'network-restored' }
  /** Emits `session_error { code, errorMsg }`. The session stays live: send `session-ended` too if it should end. */
  | { type: 'error'; code: number; errorMsg?: string }
  /** Emits `session_ended { reason }`; the session is no longer live and every agent is gone. */
  | { type: 'session-ended'; reason?: string }
  /** Waits `ms` milliseconds (advance them with `vi.advanceTimersByTimeAsync` under fake timers). */
  | { type: 'wait'; ms: number }
