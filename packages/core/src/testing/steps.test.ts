import { describe, expect, it } from 'vitest'
import { agentSteps } from './agentSteps.js'
import { steps } from './steps.js'

describe('steps', () => {
  it('builds customer steps, leaving out what was not given', () => {
    expect(steps.sessionStarted()).toEqual({ type: 'session-started' })
    expect(steps.pin()).toEqual({ type: 'pin-issued' })
    expect(steps.pin('123456')).toEqual({ type: 'pin-issued', pin: '123456' })
    expect(steps.agentJoined()).toEqual({ type: 'agent-joined' })
    expect(steps.agentJoined('Ana')).toEqual({ type: 'agent-joined', agent: { userName: 'Ana' } })
    expect(steps.agentLeft({ userId: 'a1' })).toEqual({ type: 'agent-left', agent: { userId: 'a1' } })
    expect(steps.remoteAssistRequested()).toEqual({ type: 'remote-assist-requested' })
    expect(steps.remoteAssistStarted('scroll_page')).toEqual({
      type: 'remote-assist-started',
      remoteAssistType: 'scroll_page',
    })
    expect(steps.remoteAssistStopped()).toEqual({ type: 'remote-assist-stopped' })
    expect(steps.networkDropped()).toEqual({ type: 'network-dropped' })
    expect(steps.networkRestored()).toEqual({ type: 'network-restored' })
    expect(steps.error(1016)).toEqual({ type: 'error', code: 1016 })
    expect(steps.error(1001, 'x')).toEqual({ type: 'error', code: 1001, errorMsg: 'x' })
    expect(steps.sessionEnded()).toEqual({ type: 'session-ended' })
    expect(steps.sessionEnded('timeout')).toEqual({ type: 'session-ended', reason: 'timeout' })
    expect(steps.wait(10)).toEqual({ type: 'wait', ms: 10 })
  })

  it('builds agent steps', () => {
    expect(agentSteps.sessionJoined()).toEqual({ type: 'session-joined' })
    expect(agentSteps.sessionLeft()).toEqual({ type: 'session-left' })
    expect(agentSteps.sessionEnded()).toEqual({ type: 'session-ended' })
    expect(agentSteps.sessionEnded('r')).toEqual({ type: 'session-ended', reason: 'r' })
    expect(agentSteps.error(1006)).toEqual({ type: 'error', code: 1006 })
    expect(agentSteps.error(1006, 'm')).toEqual({ type: 'error', code: 1006, errorMsg: 'm' })
    expect(agentSteps.wait(5)).toEqual({ type: 'wait', ms: 5 })
  })
})
