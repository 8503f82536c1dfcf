import { describe, expect, it } from 'vitest'
import { CobrowseError } from '../errors/CobrowseError.js'
import {
  isSessionLive,
  type SessionState,
  selectAgents,
  selectError,
  selectPin,
  selectRemoteAssist,
} from './sessionState.js'
import { type SessionTransition, transitionSession } from './sessionTransition.js'

const ana = { id: 'a1', name: 'Ana' }
const bo = { id: 'b2', name: 'Bo' }
const error = new CobrowseError(1016)

const idle: SessionState = { status: 'idle' }
const loading: SessionState = { status: 'loading' }
const ready: SessionState = { status: 'ready' }
const starting: SessionState = { status: 'starting' }
const pin: SessionState = { status: 'pin', pin: '123456' }
const active: SessionState = { status: 'active', pin: '123456', agents: [ana], remoteAssist: 'off' }
const reconnecting: SessionState = { status: 'reconnecting', pin: '123456', agents: [ana] }
const ended: SessionState = { status: 'ended', reason: 'ended_by_customer' }
const failed: SessionState = { status: 'error', error, during: 'start' }

const next = (state: SessionState, transition: SessionTransition) => {
  const result = transitionSession(state, transition)
  expect(result.ignored, `${transition.type} from ${state.status} should be legal`).toBe(false)
  return result.state
}

describe('transitionSession: legal transitions', () => {
  it.each<[string, SessionState, SessionTransition, SessionState]>([
    ['load from idle', idle, { type: 'LOAD_STARTED' }, loading],
    ['load again after an error', failed, { type: 'LOAD_STARTED' }, loading],
    ['sdk ready', loading, { type: 'SDK_READY' }, ready],
    ['start', ready, { type: 'START_REQUESTED' }, starting],
    ['start again after the end', ended, { type: 'START_REQUESTED' }, starting],
    ['pin issued', starting, { type: 'PIN_ISSUED', pin: '654321' }, { status: 'pin', pin: '654321' }],
    ['pin re-issued', pin, { type: 'PIN_ISSUED', pin: '111111' }, { status: 'pin', pin: '111111' }],
    ['agent joins', pin, { type: 'AGENT_JOINED', agent: ana }, active],
    [
      'second agent joins',
      active,
      { type: 'AGENT_JOINED', agent: bo },
      { ...active, status: 'active', agents: [ana, bo] } as SessionState,
    ],
    ['last agent leaves', active, { type: 'AGENT_LEFT', agentId: 'a1' }, pin],
    ['agent without id leaves (the most recent one)', active, { type: 'AGENT_LEFT', agentId: undefined }, pin],
    [
      'connection lost while waiting',
      pin,
      { type: 'CONNECTION_LOST' },
      { status: 'reconnecting', pin: '123456', agents: [] },
    ],
    ['connection lost with an agent', active, { type: 'CONNECTION_LOST' }, reconnecting],
    ['back from reconnecting', reconnecting, { type: 'SESSION_STARTED' }, active],
    ['pin after reconnecting', reconnecting, { type: 'PIN_ISSUED', pin: '123456' }, active],
    [
      'recovery after refresh',
      ready,
      { type: 'RECOVERY_STARTED', pin: '999999' },
      { status: 'reconnecting', pin: '999999', agents: [] },
    ],
    [
      'recovered without pin waits for it',
      { status: 'reconnecting', pin: undefined, agents: [] },
      { type: 'SESSION_STARTED' },
      starting,
    ],
    [
      'remote assist asked',
      active,
      { type: 'REMOTE_ASSIST_REQUESTED', agent: { id: ana.id, name: ana.name } },
      { ...active, remoteAssist: 'requested', remoteAssistBy: ana } as SessionState,
    ],
    ['remote assist on', active, { type: 'REMOTE_ASSIST_STARTED' }, { ...active, remoteAssist: 'on' } as SessionState],
    ['ended by customer', active, { type: 'SESSION_ENDED', reason: 'ended_by_customer' }, ended],
    [
      'ended remotely with detail',
      pin,
      { type: 'SESSION_ENDED', reason: 'ended_remotely', detail: 'timeout' },
      { status: 'ended', reason: 'ended_remotely', detail: 'timeout' },
    ],
    ['failure while starting', starting, { type: 'FAILED', error, during: 'start' }, failed],
    ['reset after an error with the sdk loaded', failed, { type: 'RESET', sdkReady: true }, ready],
    ['reset after an error without the sdk', failed, { type: 'RESET', sdkReady: false }, idle],
  ])('%s', (_, from, transition, to) => {
    expect(next(from, transition)).toEqual(to)
  })

  it('keeps the same object when nothing changes, so selectors do not re-render', () => {
    expect(next(pin, { type: 'PIN_ISSUED', pin: '123456' })).toBe(pin)
    expect(next(active, { type: 'AGENT_JOINED', agent: ana })).toBe(active)
    expect(next(active, { type: 'SESSION_STARTED' })).toBe(active)
    expect(next(ended, { type: 'SESSION_ENDED', reason: 'ended_remotely' })).toBe(ended)
    expect(next(ready, { type: 'SESSION_ENDED', reason: 'ended_remotely' })).toBe(ready)
  })

  it('keeps agents and PIN when the PIN changes mid-session', () => {
    expect(next(active, { type: 'PIN_ISSUED', pin: '222222' })).toEqual({ ...active, pin: '222222' })
  })
})

describe('transitionSession: illegal transitions are ignored', () => {
  it.each<[SessionState, SessionTransition]>([
    [idle, { type: 'START_REQUESTED' }],
    [idle, { type: 'PIN_ISSUED', pin: '1' }],
    [ready, { type: 'AGENT_JOINED', agent: ana }],
    [loading, { type: 'LOAD_STARTED' }],
    [pin, { type: 'START_REQUESTED' }],
    [ended, { type: 'FAILED', error, during: 'session' }],
    [failed, { type: 'FAILED', error, during: 'session' }],
    [pin, { type: 'REMOTE_ASSIST_STARTED' }],
    [active, { type: 'RESET', sdkReady: true }],
    [active, { type: 'RECOVERY_STARTED', pin: undefined }],
  ])('%o ignores %o', (from, transition) => {
    const result = transitionSession(from, transition)
    expect(result.ignored).toBe(true)
    expect(result.state).toBe(from)
  })
})

describe('selectors', () => {
  it('read PIN, agents and error only where the state has them', () => {
    expect([idle, pin, active, reconnecting, ended].map(selectPin)).toEqual([
      undefined,
      '123456',
      '123456',
      '123456',
      undefined,
    ])
    expect(selectAgents(active)).toEqual([ana])
    expect(selectAgents(idle)).toBe(selectAgents(pin))
    expect(selectError(failed)).toBe(error)
    expect(selectError(active)).toBeUndefined()
    expect([idle, ready, starting, pin, active, reconnecting, ended, failed].map(isSessionLive)).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ])
  })
})

describe('transitionSession: remote assist names the agent who asked', () => {
  const both: SessionState = { status: 'active', pin: '123456', agents: [ana, bo], remoteAssist: 'off' }

  it('matches the asker by name when the payload carries no id', () => {
    const asked = next(both, { type: 'REMOTE_ASSIST_REQUESTED', agent: { name: 'Bo' } })
    expect(selectRemoteAssist(asked)).toEqual({ status: 'requested', agent: bo })
  })

  it('takes the only agent when the payload names nobody, and nobody when several could have asked', () => {
    expect(selectRemoteAssist(next(active, { type: 'REMOTE_ASSIST_REQUESTED', agent: { name: '' } })).agent).toBe(ana)
    expect(selectRemoteAssist(next(both, { type: 'REMOTE_ASSIST_REQUESTED', agent: { name: '' } })).agent).toBe(
      undefined,
    )
  })

  it('keeps the asker once allowed, and forgets them when it stops', () => {
    const on = next(next(both, { type: 'REMOTE_ASSIST_REQUESTED', agent: { id: 'b2', name: 'Bo' } }), {
      type: 'REMOTE_ASSIST_STARTED',
    })
    expect(selectRemoteAssist(on)).toEqual({ status: 'on', agent: bo })
    const stopped = next(on, { type: 'REMOTE_ASSIST_STOPPED' })
    expect(stopped).toEqual(both)
  })

  it('lapses when the asker leaves, and holds when another agent leaves', () => {
    const on = next(next(both, { type: 'REMOTE_ASSIST_REQUESTED', agent: { id: 'b2', name: 'Bo' } }), {
      type: 'REMOTE_ASSIST_STARTED',
    })
    expect(next(on, { type: 'AGENT_LEFT', agentId: 'b2' })).toEqual({ ...active })
    expect(selectRemoteAssist(next(on, { type: 'AGENT_LEFT', agentId: 'a1' }))).toEqual({ status: 'on', agent: bo })
  })

  it('reads as off outside an active session', () => {
    expect(selectRemoteAssist({ status: 'pin', pin: '123456' })).toEqual({ status: 'off', agent: undefined })
  })
})
