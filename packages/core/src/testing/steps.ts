import type { TimelineStep } from './timeline.js'

type AgentArg = string | { userId?: string; userName?: string }

// A bare string names the agent; ids are what tests rarely care about.
function agentOf(agent: AgentArg | undefined): { agent?: { userId?: string; userName?: string } } {
  if (agent === undefined) return {}
  return { agent: typeof agent === 'string' ? { userName: agent } : agent }
}

function assistType(remoteAssistType: string | undefined): { remoteAssistType?: string } {
  return remoteAssistType === undefined ? {} : { remoteAssistType }
}

/**
 * Small factories for {@link TimelineStep}s, so scripts read like the session they describe.
 *
 * @example
 * await fake.play([steps.agentJoined('Ana'), steps.wait(1000), steps.error(1016), steps.sessionEnded()])
 */
export const steps = {
  sessionStarted: (): TimelineStep => ({ type: 'session-started' }),
  /** Omit `pin` for the default (custom PIN, current PIN, or a random 6-digit one). */
  pin: (pin?: string): TimelineStep => (pin === undefined ? { type: 'pin-issued' } : { type: 'pin-issued', pin }),
  /** A string is the agent's name. */
  agentJoined: (agent?: AgentArg): TimelineStep => ({ type: 'agent-joined', ...agentOf(agent) }),
  /** A string is the agent's name; omit it for the most recent agent. */
  agentLeft: (agent?: AgentArg): TimelineStep => ({ type: 'agent-left', ...agentOf(agent) }),
  /** An agent asks to scroll; `userName` names the asker, as the emulator's payload does. */
  remoteAssistRequested: (type?: string, userName?: string): TimelineStep => ({
    type: 'remote-assist-requested',
    ...assistType(type),
    ...(userName === undefined ? {} : { userName }),
  }),
  remoteAssistStarted: (type?: string): TimelineStep => ({ type: 'remote-assist-started', ...assistType(type) }),
  remoteAssistStopped: (type?: string): TimelineStep => ({ type: 'remote-assist-stopped', ...assistType(type) }),
  networkDropped: (): TimelineStep => ({ type: 'network-dropped' }),
  networkRestored: (): TimelineStep => ({ type: 'network-restored' }),
  error: (code: number, errorMsg?: string): TimelineStep =>
    errorMsg === undefined ? { type: 'error', code } : { type: 'error', code, errorMsg },
  sessionEnded: (reason?: string): TimelineStep =>
    reason === undefined ? { type: 'session-ended' } : { type: 'session-ended', reason },
  wait: (ms: number): TimelineStep => ({ type: 'wait', ms }),
} as const
