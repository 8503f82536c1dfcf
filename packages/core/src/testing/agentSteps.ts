import type { AgentTimelineStep } from './createFakeAgentSdk.js'

/**
 * Small factories for {@link AgentTimelineStep}s, the agent-side twin of `steps`.
 *
 * @example
 * await fake.play([agentSteps.wait(500), agentSteps.sessionEnded('ended_by_customer')])
 */
export const agentSteps = {
  sessionJoined: (): AgentTimelineStep => ({ type: 'session-joined' }),
  sessionLeft: (): AgentTimelineStep => ({ type: 'session-left' }),
  sessionEnded: (reason?: string): AgentTimelineStep =>
    reason === undefined ? { type: 'session-ended' } : { type: 'session-ended', reason },
  error: (code: number, errorMsg?: string): AgentTimelineStep =>
    errorMsg === undefined ? { type: 'error', code } : { type: 'error', code, errorMsg },
  wait: (ms: number): AgentTimelineStep => ({ type: 'wait', ms }),
} as const
