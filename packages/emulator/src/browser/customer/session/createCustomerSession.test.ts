import { afterEach, describe, expect, it, vi } from 'vitest'
import { FIDELITY } from '../../../config/fidelity.js'
import type { CustomerToServer, ServerToCustomer, SessionFeatures } from '../../../protocol/messages.js'
import type { AnnotationLayer } from '../annotations/annotationLayer.js'
import { createAnnotations } from '../annotations/createAnnotations.js'
import { createRemoteAssist, type RemoteAssistUi } from '../remoteAssist/createRemoteAssist.js'
import type { SocketHandlers } from '../transport/customerSocket.js'
import { createCustomerSession } from './createCustomerSession.js'
import { createStateStore } from './createStateStore.js'
import { CUSTOMER_EVENT_NAMES } from './customerEvents.js'
import type { SavedState } from './savedState.js'

const FEATURES: SessionFeatures = {
  allowAgentAnnotation: true,
  allowCustomerAnnotation: false,
  remoteAssist: { enable: true, enableCustomerConsent: true, remoteAssistTypes: ['scroll_page'] },
  multiTabSessionPersistence: false,
}
const CUSTOMER = { userId: 'cust-1', userName: 'Casey' }
const ANA = { userId: 'agent-1', userName: 'Ana' }
const BO = { userId: 'agent-2', userName: 'Bo' }
const STARTED: ServerToCustomer = { t: 'started', sessionId: 's-1', pin: '123456', resumeKey: 'r-1', user: CUSTOMER }
const RECOVERED: SavedState = { sessionId: 's-1', resumeKey: 'r-1', pin: '123456' }

/** One fake connection: the test opens it, feeds it server messages and drops it. */
class FakeConnection {
  readonly sent: CustomerToServer[] = []
  closedByClient = false
  private isOpen = false
  constructor(private readonly handlers: SocketHandlers) {}
  open(): this {
    this.isOpen = true
    this.handlers.onOpen()
    return this
  }
  receive(message: ServerToCustomer): void {
    this.handlers.onMessage(message)
  }
  drop(): void {
    this.isOpen = false
    this.handlers.onClose()
  }
  send(message: CustomerToServer): void {
    if (this.isOpen && !this.closedByClient) this.sent.push(message)
  }
}

function setup(options: { recovered?: SavedState; features?: SessionFeatures } = {}) {
  const connections: FakeConnection[] = []
  const storage = new Map<string, string>()
  const store = createStateStore('state', false, {
    sessionStorage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    },
    cookies: { get: () => '', set: () => {} },
    secure: false,
  })
  if (options.recovered) store.write(options.recovered)
  const recordings: Array<{
    emit: (event: unknown) => void
    stop: ReturnType<typeof vi.fn>
    snapshot: ReturnType<typeof vi.fn>
  }> = []
  const ui = {
    prompts: 0,
    banners: 0,
    scrolls: [] as Array<[number, number]>,
  }
  const assistUi: RemoteAssistUi = {
    showConsent: () => {
      ui.prompts += 1
      return () => (ui.prompts -= 1)
    },
    showBanner: () => {
      ui.banners += 1
      return () => (ui.banners -= 1)
    },
    scrollTo: (x, y) => ui.scrolls.push([x, y]),
  }
  const layer: AnnotationLayer & { applied: unknown[] } = {
    applied: [],
    apply: (mark, owner) => layer.applied.push([mark, owner]),
    clear: () => layer.applied.push('clear'),
  }
  const features = options.features ?? FEATURES
  const handle = createCustomerSession({
    features,
    openSocket: (handlers) => {
      const connection = new FakeConnection(handlers)
      connections.push(connection)
      return {
        send: (message) => connection.send(message),
        close: () => {
          connection.closedByClient = true
        },
      }
    },
    store,
    browserId: () => 'browser-1',
    page: () => ({ site: 'https://shop.example', url: 'https://shop.example/cart' }),
    startRecording: (emit) => {
      const recording = { emit, stop: vi.fn(), snapshot: vi.fn() }
      recordings.push(recording)
      return { stop: recording.stop, takeFullSnapshot: recording.snapshot }
    },
    remoteAssist: (link) => createRemoteAssist(features.remoteAssist, link, assistUi),
    annotations: (link) => createAnnotations(features, link, layer, () => () => {}),
    recovered: options.recovered,
  })
  const events: Array<[string, unknown]> = []
  for (const name of CUSTOMER_EVENT_NAMES) handle.session.on(name, (payload: unknown) => events.push([name, payload]))
  const last = () => {
    const connection = connections[connections.length - 1]
    if (connection === undefined) throw new Error('no connection opened')
    return connection
  }
  return { ...handle, connections, last, store, recordings, events, ui, layer }
}

const flush = async () => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve()
}

async function startedSession(options: Parameters<typeof setup>[0] = {}) {
  const env = setup(options)
  env.session.start({ sdkToken: 'jwt' })
  env.last().open().receive(STARTED)
  env.events.length = 0
  return env
}

afterEach(() => {
  vi.useRealTimers()
})

describe('start', () => {
  it('sends start with the token, browser, page and features once the socket opens', () => {
    const { session, last } = setup()
    session.start({ sdkToken: 'jwt', customPinCode: 'AB12' })
    expect(session.getSessionInfo()).toEqual({ sessionStatus: FIDELITY.sessionStatus.connecting })
    expect(last().sent).toEqual([])
    last().open()
    expect(last().sent).toEqual([
      {
        t: 'start',
        token: 'jwt',
        customPinCode: 'AB12',
        browserId: 'browser-1',
        site: 'https://shop.example',
        url: 'https://shop.example/cart',
        features: FEATURES,
      },
    ])
  })

  it('on started: saves state, reports in-session, emits session_started then the PIN, records, calls back', () => {
    const { session, last, events, store, recordings } = setup()
    const callback = vi.fn()
    session.start({ sdkToken: 'jwt' }, callback)
    last().open().receive(STARTED)
    expect(events).toEqual([
      ['session_started', { sessionId: 's-1' }],
      ['pincode_updated', { pinCode: '123456', pincode: '123456' }],
    ])
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'in_session', pinCode: '123456', sessionId: 's-1' })
    expect(store.read()).toEqual(RECOVERED)
    expect(callback).toHaveBeenCalledWith({ success: true })
    expect(recordings).toHaveLength(1)
    recordings[0]?.emit({ type: 2 })
    expect(last().sent.at(-1)).toEqual({ t: 'rrweb', event: { type: 2 } })
  })

  it('refuses a second start while connecting (1002) and while in session (1004)', async () => {
    const { session, connections, last, events } = setup()
    session.start({ sdkToken: 'jwt' })
    const refused = vi.fn()
    session.start({ sdkToken: 'jwt' }, refused)
    await flush()
    expect(connections).toHaveLength(1)
    expect(events).toEqual([['session_error', { code: 1002, errorMsg: expect.any(String) }]])
    expect(refused).toHaveBeenCalledWith({ success: false, error: { code: 1002, errorMsg: expect.any(String) } })
    last().open().receive(STARTED)
    session.start({ sdkToken: 'jwt' })
    await flush()
    expect(events.at(-1)).toEqual(['session_error', { code: 1004, errorMsg: expect.any(String) }])
    expect(connections).toHaveLength(1)
  })

  it('on a server error: emits session_error, calls back with it and goes back to idle', () => {
    const { session, last, events } = setup()
    const callback = vi.fn()
    session.start({ sdkToken: 'bad' }, callback)
    last().open().receive({ t: 'error', code: 2001, message: 'Invalid token' })
    expect(events).toEqual([['session_error', { code: 2001, errorMsg: 'Invalid token' }]])
    expect(callback).toHaveBeenCalledWith({ success: false, error: { code: 2001, errorMsg: 'Invalid token' } })
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'idle' })
    expect(last().closedByClient).toBe(true)
  })

  it('reports 1001 when the service cannot be reached', () => {
    const { session, last, events } = setup()
    const callback = vi.fn()
    session.start({ sdkToken: 'jwt' }, callback)
    last().drop()
    expect(events).toEqual([['session_error', { code: 1001, errorMsg: expect.any(String) }]])
    expect(callback).toHaveBeenCalledWith(expect.objectContaining({ success: false }))
  })
})

describe('server messages in session', () => {
  it('maps agent presence onto agent_joined / agent_left', async () => {
    const { last, events } = await startedSession()
    last().receive({ t: 'agent-joined', agent: ANA })
    last().receive({ t: 'agent-left', agent: ANA, reason: 'Left the session' })
    expect(events).toEqual([
      ['agent_joined', ANA],
      ['agent_left', { ...ANA, reason: 'Left the session' }],
    ])
  })

  it('leaves the saved state to the tab that took the session over', async () => {
    const { session, last, events, store } = await startedSession()
    last().receive({ t: 'ended', reason: FIDELITY.endReasons.movedToAnotherTab })
    expect(events).toEqual([['session_ended', { reason: FIDELITY.endReasons.movedToAnotherTab }]])
    expect(store.read()).toEqual(RECOVERED)
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'ended' })
  })

  it('takes a full snapshot when the server asks for one', async () => {
    const { last, recordings } = await startedSession()
    last().receive({ t: 'snapshot-request' })
    expect(recordings[0]?.snapshot).toHaveBeenCalledTimes(1)
  })

  it('on ended: stops recording, clears the state and emits session_ended with the reason', async () => {
    const { session, last, events, store, recordings, layer } = await startedSession()
    last().receive({ t: 'ended', reason: FIDELITY.endReasons.byAgent })
    expect(events).toEqual([['session_ended', { reason: FIDELITY.endReasons.byAgent }]])
    expect(recordings[0]?.stop).toHaveBeenCalled()
    expect(store.read()).toBeUndefined()
    expect(layer.applied).toContain('clear')
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'ended' })
  })

  it('routes remote assist and annotations to their parts', async () => {
    const { session, last, events, ui, layer } = await startedSession()
    last().receive({ t: 'remote-assist-request', agent: ANA, remoteAssistType: 'scroll_page' })
    expect(events).toEqual([['remote_assist_requested', { remoteAssistType: 'scroll_page', ...ANA }]])
    expect(ui.prompts).toBe(1)
    session.approveRemoteAssist()
    expect(last().sent.at(-1)).toEqual({ t: 'remote-assist', action: 'accept' })
    last().receive({ t: 'scroll', x: 0, y: 400 })
    expect(ui.scrolls).toEqual([[0, 400]])
    session.stopRemoteAssist()
    expect(last().sent.at(-1)).toEqual({ t: 'remote-assist', action: 'stop' })
    expect(events.slice(1)).toEqual([
      ['remote_assist_started', { remoteAssistType: 'scroll_page' }],
      ['remote_assist_stopped', { by: 'customer' }],
    ])
    const mark = { kind: 'clear' as const }
    last().receive({ t: 'annotation', mark, by: ANA })
    expect(layer.applied).toEqual([[mark, ANA.userId]])
  })

  it('on an error in session: emits session_error and forgets the session; end() then confirms it', async () => {
    const { session, last, events, store } = await startedSession()
    last().receive({ t: 'error', code: 1011, message: 'Session failed' })
    expect(events).toEqual([['session_error', { code: 1011, errorMsg: 'Session failed' }]])
    expect(store.read()).toBeUndefined()
    session.end()
    await flush()
    expect(events.at(-1)).toEqual(['session_ended', { reason: FIDELITY.endReasons.byCustomer }])
  })
})

describe('end', () => {
  it('sends end, stops recording, clears the state, then emits session_ended', async () => {
    const { session, last, events, store, recordings } = await startedSession()
    session.end()
    expect(last().sent.at(-1)).toEqual({ t: 'end' })
    expect(last().closedByClient).toBe(true)
    expect(recordings[0]?.stop).toHaveBeenCalled()
    expect(store.read()).toBeUndefined()
    expect(events).toEqual([])
    await flush()
    expect(events).toEqual([['session_ended', { reason: FIDELITY.endReasons.byCustomer }]])
    session.end()
    await flush()
    expect(events).toHaveLength(1)
  })

  it('does nothing before a session', async () => {
    const { session, connections, events } = setup()
    session.end()
    await flush()
    expect(connections).toHaveLength(0)
    expect(events).toEqual([])
  })
})

describe('join (after a refresh)', () => {
  it('reports session_recoverable with the saved PIN until join', () => {
    const { session } = setup({ recovered: RECOVERED })
    expect(session.getSessionInfo()).toEqual({
      sessionStatus: 'session_recoverable',
      pinCode: '123456',
      sessionId: 's-1',
    })
  })

  it('resumes with the saved ids and replays the session events, agents included', () => {
    const { session, last, events, recordings, store } = setup({ recovered: RECOVERED })
    session.join()
    last().open()
    expect(last().sent).toEqual([
      {
        t: 'resume',
        sessionId: 's-1',
        resumeKey: 'r-1',
        browserId: 'browser-1',
        site: 'https://shop.example',
        url: 'https://shop.example/cart',
      },
    ])
    last().receive({
      t: 'resumed',
      sessionId: 's-1',
      pin: '123456',
      resumeKey: 'r-2',
      user: CUSTOMER,
      agents: [ANA, BO],
    })
    expect(events).toEqual([
      ['session_started', { sessionId: 's-1' }],
      ['pincode_updated', { pinCode: '123456', pincode: '123456' }],
      ['agent_joined', ANA],
      ['agent_joined', BO],
    ])
    expect(recordings).toHaveLength(1)
    expect(store.read()?.resumeKey).toBe('r-2')
    expect(session.getSessionInfo().sessionStatus).toBe('in_session')
  })

  it('emits 1011 when there is nothing to join', async () => {
    const { session, connections, events } = setup()
    session.join()
    await flush()
    expect(connections).toHaveLength(0)
    expect(events).toEqual([['session_error', { code: 1011, errorMsg: expect.any(String) }]])
  })

  it('forgets the saved session when the server refuses the resume', () => {
    const { session, last, events, store } = setup({ recovered: RECOVERED })
    session.join()
    last().open().receive({ t: 'error', code: 1011, message: 'Session not found' })
    expect(events).toEqual([['session_error', { code: 1011, errorMsg: 'Session not found' }]])
    expect(store.read()).toBeUndefined()
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'idle' })
  })

  it('ends a recoverable session on the server when the page ends it instead of joining', async () => {
    const { session, last, events } = setup({ recovered: RECOVERED })
    session.end()
    last().open()
    expect(last().sent).toEqual([expect.objectContaining({ t: 'resume', sessionId: 's-1', resumeKey: 'r-1' })])
    last().receive({ t: 'resumed', sessionId: 's-1', pin: '123456', resumeKey: 'r-2', user: CUSTOMER, agents: [] })
    expect(last().sent.at(-1)).toEqual({ t: 'end' })
    await flush()
    expect(events).toEqual([['session_ended', { reason: FIDELITY.endReasons.byCustomer }]])
  })
})

describe('reconnecting after a dropped connection', () => {
  it('emits session_reconnecting, resumes after the backoff and emits session_started again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { session, last, connections, events, recordings } = await startedSession()
    last().receive({ t: 'agent-joined', agent: ANA })
    events.length = 0
    last().drop()
    expect(events).toEqual([['session_reconnecting', {}]])
    expect(recordings[0]?.stop).toHaveBeenCalled()
    expect(session.getSessionInfo()).toMatchObject({ sessionStatus: 'connecting', pinCode: '123456' })
    vi.advanceTimersByTime(499)
    expect(connections).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(connections).toHaveLength(2)
    last().drop()
    vi.advanceTimersByTime(1000)
    expect(connections).toHaveLength(3)
    last().open()
    expect(last().sent).toEqual([expect.objectContaining({ t: 'resume', sessionId: 's-1', resumeKey: 'r-1' })])
    last().receive({ t: 'resumed', sessionId: 's-1', pin: '123456', resumeKey: 'r-2', user: CUSTOMER, agents: [BO] })
    expect(events.slice(1)).toEqual([
      ['session_started', { sessionId: 's-1' }],
      ['agent_left', { ...ANA, reason: expect.any(String) }],
      ['agent_joined', BO],
    ])
    expect(recordings).toHaveLength(2)
    expect(session.getSessionInfo().sessionStatus).toBe('in_session')
  })

  it('gives up after the two-minute window with session_ended(recovery_timeout)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { last, connections, events, store } = await startedSession()
    last().drop()
    for (let i = 0; i < 40 && events.at(-1)?.[0] !== 'session_ended'; i += 1) {
      vi.advanceTimersByTime(8000)
      const connection = last()
      if (!connection.closedByClient) connection.drop()
    }
    expect(events.at(-1)).toEqual(['session_ended', { reason: FIDELITY.endReasons.notRecovered }])
    expect(connections.length).toBeGreaterThan(10)
    expect(store.read()).toBeUndefined()
  })

  it('ends at once when the server refuses the resume', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { last, events } = await startedSession()
    last().drop()
    vi.advanceTimersByTime(500)
    last().open().receive({ t: 'error', code: 1011, message: 'gone' })
    expect(events.at(-1)).toEqual(['session_ended', { reason: FIDELITY.endReasons.notRecovered }])
  })

  it('closes the socket when the page goes away without reconnecting, and resumes when it comes back from the cache', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const env = await startedSession()
    env.pageHidden()
    expect(env.last().closedByClient).toBe(true)
    env.last().drop()
    vi.advanceTimersByTime(5000)
    expect(env.store.read()).toEqual(RECOVERED)
    expect(env.connections).toHaveLength(1)
    expect(env.events).toEqual([])
    env.pageShown()
    expect(env.events).toEqual([['session_reconnecting', {}]])
    vi.advanceTimersByTime(500)
    expect(env.connections).toHaveLength(2)
  })

  it('does not reconnect after end()', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { session, last, connections } = await startedSession()
    session.end()
    last().drop()
    vi.advanceTimersByTime(10_000)
    expect(connections).toHaveLength(1)
  })
})
