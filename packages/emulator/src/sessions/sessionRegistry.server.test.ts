import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FIDELITY } from '../config/fidelity.js'
import type { ServerToAgent, ServerToCustomer, SessionFeatures } from '../protocol/messages.js'
import type { Peer } from './peer.js'
import type { Session } from './session.js'
import { SessionRegistry, type StartRequest } from './sessionRegistry.js'

interface FakePeer<M> extends Peer<M> {
  sent: M[]
  closed: boolean
}

function fakePeer<M>(): FakePeer<M> {
  const peer: FakePeer<M> = {
    sent: [],
    closed: false,
    send: (message) => peer.sent.push(message),
    close: () => {
      peer.closed = true
    },
  }
  return peer
}

const features: SessionFeatures = {
  allowAgentAnnotation: false,
  allowCustomerAnnotation: false,
  remoteAssist: { enable: false, enableCustomerConsent: true, remoteAssistTypes: [] },
  multiTabSessionPersistence: false,
}

function request(overrides: Partial<StartRequest> = {}): StartRequest {
  return {
    customer: { userId: 'c', userName: 'Casey' },
    byop: false,
    browserId: `b-${Math.random()}`,
    site: 'http://shop.test',
    url: 'http://shop.test/',
    features,
    ...overrides,
  }
}

const RECOVERY_MS = 1000
const AGENT_WAIT_MS = 3000

let registry: SessionRegistry

beforeEach(() => {
  vi.useFakeTimers()
  registry = new SessionRegistry({
    timing: { recoveryWindowMs: RECOVERY_MS, agentWaitMs: AGENT_WAIT_MS },
    log: () => {},
  })
})
afterEach(() => {
  registry.close()
  vi.useRealTimers()
})

function startSession() {
  const customer = fakePeer<ServerToCustomer>()
  const result = registry.start(customer, request())
  if (!result.ok) throw new Error(result.error.message)
  return { customer, session: result.session }
}

function joinAgent(session: Session, userId = 'a1') {
  const agent = fakePeer<ServerToAgent>()
  const result = registry.join(agent, { userId, userName: userId }, session.pin)
  expect(result.ok).toBe(true)
  return agent
}

describe('SessionRegistry timers', () => {
  it('ends a session whose customer does not come back within the recovery window', () => {
    const { customer, session } = startSession()
    registry.customerDisconnected(session, customer)
    vi.advanceTimersByTime(RECOVERY_MS - 1)
    expect(registry.list()).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(registry.list()).toEqual([])
    expect(session.ended).toBe(true)
  })

  it('ends on the agent-wait deadline when it comes first', () => {
    registry.close()
    registry = new SessionRegistry({ timing: { recoveryWindowMs: 5000, agentWaitMs: 200 }, log: () => {} })
    const { customer, session } = startSession()
    const agent = joinAgent(session)
    registry.customerDisconnected(session, customer)
    vi.advanceTimersByTime(200)
    expect(agent.sent.at(-1)).toEqual({ t: 'ended', reason: FIDELITY.endReasons.agentWait })
    expect(agent.closed).toBe(true)
  })

  it('starts the agent wait when an agent joins a session whose customer is away', () => {
    registry.close()
    registry = new SessionRegistry({ timing: { recoveryWindowMs: 5000, agentWaitMs: 200 }, log: () => {} })
    const { customer, session } = startSession()
    registry.customerDisconnected(session, customer)
    vi.advanceTimersByTime(100)
    const agent = joinAgent(session)
    expect(agent.sent.map((message) => message.t)).toEqual(['joined', 'customer-status'])
    vi.advanceTimersByTime(199)
    expect(session.ended).toBe(false)
    vi.advanceTimersByTime(1)
    expect(agent.sent.at(-1)).toEqual({ t: 'ended', reason: FIDELITY.endReasons.agentWait })
  })

  it('stops the agent wait when the last agent leaves, but keeps the recovery window', () => {
    registry.close()
    registry = new SessionRegistry({ timing: { recoveryWindowMs: 500, agentWaitMs: 200 }, log: () => {} })
    const { customer, session } = startSession()
    const agent = joinAgent(session)
    registry.customerDisconnected(session, customer)
    registry.agentLeft(session, agent, 'Left the session')
    expect(session.hasTimer('agentWait')).toBe(false)
    vi.advanceTimersByTime(499)
    expect(session.ended).toBe(false)
    vi.advanceTimersByTime(1)
    expect(session.ended).toBe(true)
  })

  it('cancels both deadlines on resume, and a later drop starts a fresh window', () => {
    const { customer, session } = startSession()
    const agent = joinAgent(session)
    registry.customerDisconnected(session, customer)
    vi.advanceTimersByTime(RECOVERY_MS - 100)
    const reloaded = fakePeer<ServerToCustomer>()
    expect(registry.resume(reloaded, { sessionId: session.id, resumeKey: session.resumeKey, url: '' }).ok).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
    registry.customerDisconnected(session, reloaded)
    vi.advanceTimersByTime(RECOVERY_MS - 1)
    expect(session.ended).toBe(false)
    vi.advanceTimersByTime(1)
    expect(agent.sent.at(-1)).toEqual({ t: 'ended', reason: FIDELITY.endReasons.notRecovered })
  })

  it('ignores the close of a socket that is no longer the session’s customer', () => {
    const { customer, session } = startSession()
    registry.end(session, FIDELITY.endReasons.byCustomer)
    registry.customerDisconnected(session, customer)
    expect(vi.getTimerCount()).toBe(0)
    expect(customer.sent.at(-1)).toEqual({ t: 'ended', reason: FIDELITY.endReasons.byCustomer })
  })

  it('treats a window longer than setTimeout allows as very long, not as zero', () => {
    registry.close()
    registry = new SessionRegistry({ timing: { recoveryWindowMs: 2 ** 40, agentWaitMs: 2 ** 40 }, log: () => {} })
    const { customer, session } = startSession()
    joinAgent(session)
    registry.customerDisconnected(session, customer)
    vi.advanceTimersByTime(60_000)
    expect(session.ended).toBe(false)
  })

  it('clears every timer on close', () => {
    for (let i = 0; i < 3; i++) {
      const { customer, session } = startSession()
      joinAgent(session)
      registry.customerDisconnected(session, customer)
    }
    expect(vi.getTimerCount()).toBe(6)
    registry.close()
    expect(vi.getTimerCount()).toBe(0)
    expect(registry.list()).toEqual([])
  })
})

describe('SessionRegistry summaries', () => {
  it('lists live sessions with their customer state and agents', () => {
    const { customer, session } = startSession()
    joinAgent(session, 'agent-x')
    registry.customerDisconnected(session, customer)
    expect(registry.list()).toEqual([
      {
        id: session.id,
        pin: session.pin,
        customer: { userId: 'c', userName: 'Casey' },
        customerConnected: false,
        agents: [{ userId: 'agent-x', userName: 'agent-x' }],
        startedAt: session.startedAt.toISOString(),
      },
    ])
  })
})

describe('lifecycle events (the source of webhooks and the REST history)', () => {
  function observedRegistry() {
    const events: string[] = []
    const observed = new SessionRegistry({
      timing: { recoveryWindowMs: RECOVERY_MS, agentWaitMs: AGENT_WAIT_MS },
      log: () => {},
      onLifecycle: (event) => {
        const who =
          event.type === 'session-started' ? event.by : event.type === 'session-ended' ? event.by : event.attendance
        const detail =
          event.type === 'user-left'
            ? ` (${event.attendance.leaveReason})`
            : event.type === 'session-ended'
              ? ` (${event.reason})`
              : ''
        events.push(`${event.type} ${who ? `${who.role}:${who.user.userId}` : '-'}${detail}`)
      },
    })
    return { observed, events }
  }

  it('reports start, joins, leaves and the end in Zoom’s order, with Zoom’s leave reasons', () => {
    const { observed, events } = observedRegistry()
    const customer = fakePeer<ServerToCustomer>()
    const agent = fakePeer<ServerToAgent>()
    const session = startOk(observed, customer)
    expect(observed.join(agent, { userId: 'a', userName: 'Ada' }, session.pin).ok).toBe(true)
    observed.end(session, FIDELITY.endReasons.byCustomer, customer)
    expect(events).toEqual([
      'session-started customer:c',
      'user-joined customer:c',
      'user-joined agent:a',
      'user-left customer:c (The session end)',
      'user-left agent:a (The session end)',
      `session-ended customer:c (${FIDELITY.endReasons.byCustomer})`,
    ])
    expect(session.endedAt).toBeInstanceOf(Date)
    observed.close()
  })

  it('gives a reconnecting customer a new connection id but the same Zoom user id', () => {
    const { observed, events } = observedRegistry()
    const first = fakePeer<ServerToCustomer>()
    const session = startOk(observed, first)
    observed.customerDisconnected(session, first)
    const second = fakePeer<ServerToCustomer>()
    expect(observed.resume(second, { sessionId: session.id, resumeKey: session.resumeKey, url: 'x' }).ok).toBe(true)
    expect(events.slice(2)).toEqual([
      'user-left customer:c (Got disconnected from the session)',
      'user-joined customer:c',
    ])
    const [before, after] = session.attendances
    expect(before?.connectionId).not.toBe(after?.connectionId)
    expect(before?.zoomUserId).toBe(after?.zoomUserId)
    // Zoom's user_id is per session and not the JWT's user_id.
    expect(before?.zoomUserId).not.toBe('c')
    vi.advanceTimersByTime(RECOVERY_MS * 2)
    expect(observed.live()).toEqual([session])
    observed.close()
  })

  it('reports an agent who leaves, and a timer ending the session with nobody as its author', () => {
    const { observed, events } = observedRegistry()
    const customer = fakePeer<ServerToCustomer>()
    const agent = fakePeer<ServerToAgent>()
    const session = startOk(observed, customer)
    observed.join(agent, { userId: 'a', userName: 'Ada' }, session.pin)
    observed.agentLeft(session, agent, 'Left the session')
    observed.customerDisconnected(session, customer)
    vi.advanceTimersByTime(RECOVERY_MS)
    expect(events.slice(3)).toEqual([
      'user-left agent:a (Left the session)',
      'user-left customer:c (Got disconnected from the session)',
      `session-ended - (${FIDELITY.endReasons.notRecovered})`,
    ])
    expect(observed.live()).toEqual([])
  })
})

function startOk(target: SessionRegistry, peer: Peer<ServerToCustomer>): Session {
  const result = target.start(peer, request())
  if (!result.ok) throw new Error(result.error.message)
  return result.session
}
