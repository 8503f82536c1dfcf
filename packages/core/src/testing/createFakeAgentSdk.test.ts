import { afterEach, describe, expect, it, vi } from 'vitest'
import type {
  AgentCallbackResult,
  AgentEventName,
  AgentInitResult,
  AgentJoinOptions,
  AgentSession,
} from '../sdk/agentSdk.js'
import { agentSteps } from './agentSteps.js'
import { createFakeAgentSdk, type FakeAgentSdk, type FakeAgentSdkOptions } from './createFakeAgentSdk.js'

const EVENTS: AgentEventName[] = ['session_joined', 'session_left', 'session_ended', 'session_error']
const JOIN: AgentJoinOptions = { pinCode: '123456', sdkToken: 'a.b.c' }

type Recorded = [AgentEventName, unknown]

function init(fake: FakeAgentSdk, zoomAppRoot: HTMLElement | string): Promise<AgentInitResult> {
  return new Promise((resolve) => fake.sdk.init({ appKey: 'key', zoomAppRoot }, resolve))
}

// A fake initialised on a fresh root element, with every event recorded in order.
async function ready(options: FakeAgentSdkOptions = {}) {
  const root = document.createElement('section')
  document.body.append(root)
  const fake = createFakeAgentSdk(options)
  const { session } = await init(fake, root)
  if (!session) throw new Error('init gave no session')
  const events: Recorded[] = []
  for (const name of EVENTS) session.on(name, (payload) => events.push([name, payload]))
  return { fake, session, events, root }
}

function join(session: AgentSession, options: AgentJoinOptions = JOIN): Promise<AgentCallbackResult> {
  return new Promise((resolve) => session.join(options, resolve))
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve()
}

afterEach(() => {
  document.body.replaceChildren()
  vi.useRealTimers()
})

describe('createFakeAgentSdk: init', () => {
  it('calls back asynchronously with sdkInfo and one session', async () => {
    const fake = createFakeAgentSdk()
    const callback = vi.fn()
    fake.sdk.init({ appKey: 'key', zoomAppRoot: document.body }, callback)
    expect(callback).not.toHaveBeenCalled()
    await settle()
    expect(callback).toHaveBeenCalledWith({ success: true, sdkInfo: { version: 'fake' }, session: fake.session })
    expect(fake.session).toBeDefined()
    expect(fake.calls.init).toEqual([{ appKey: 'key', zoomAppRoot: document.body }])
  })

  it('resolves a CSS selector root and renders the viewer there', async () => {
    document.body.innerHTML = '<div id="desk"></div>'
    const fake = createFakeAgentSdk()
    const { session } = await init(fake, '#desk')
    if (!session) throw new Error('no session')
    expect(await join(session)).toEqual({ success: true })
    expect(fake.viewer?.parentElement?.id).toBe('desk')
  })

  it.each([
    ['#missing', 'matches no element'],
    ['##', 'not a valid CSS selector'],
  ])('fails when the selector %s cannot be used', async (selector, message) => {
    const fake = createFakeAgentSdk()
    const result = await init(fake, selector)
    expect(result.success).toBe(false)
    expect(result.error?.errorMsg).toContain(message)
    expect(fake.session).toBeUndefined()
  })

  it('fails with initError', async () => {
    const fake = createFakeAgentSdk({ initError: { code: 124, errorMsg: 'bad key' } })
    expect(await init(fake, document.body)).toEqual({ success: false, error: { code: 124, errorMsg: 'bad key' } })
    expect(fake.session).toBeUndefined()
  })
})

describe('createFakeAgentSdk: join', () => {
  it('renders the viewer, calls back, then plays session_joined', async () => {
    const { fake, session, events, root } = await ready()
    expect(await join(session)).toEqual({ success: true })
    const viewer = fake.viewer
    expect(viewer?.parentElement).toBe(root)
    expect(viewer?.hasAttribute('data-fake-agent-viewer')).toBe(true)
    expect(viewer?.dataset.pin).toBe('123456')
    await settle()
    expect(events).toEqual([['session_joined', {}]])
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'in_session' })
    expect(fake.calls.join).toEqual([JOIN])
  })

  it.each([
    ['an empty token', { pinCode: '123456', sdkToken: '' }, 2001, {}],
    ['a PIN not in pins', { pinCode: '654321', sdkToken: 'a.b.c' }, 1006, { pins: ['123456'] }],
    ['a badly formed PIN', { pinCode: '12-34', sdkToken: 'a.b.c' }, 1006, {}],
    ['an empty PIN', { pinCode: '', sdkToken: 'a.b.c' }, 1006, {}],
  ])('refuses %s with %i', async (_, options, code, fakeOptions) => {
    const { fake, session, events } = await ready(fakeOptions)
    const result = await join(session, options)
    expect(result).toEqual({ success: false, error: { code, errorMsg: expect.any(String) } })
    expect(events).toEqual([['session_error', { code, errorMsg: expect.any(String) }]])
    expect(fake.viewer).toBeNull()
  })

  it('accepts a known BYOP PIN regardless of case', async () => {
    const { session } = await ready({ pins: ['SHOP42'] })
    expect(await join(session, { pinCode: 'shop42', sdkToken: 'a.b.c' })).toEqual({ success: true })
  })

  it('refuses join() without options, as there is nothing to resume (1011)', async () => {
    const { session, events } = await ready()
    const callback = vi.fn()
    session.join(undefined, callback)
    await settle()
    expect(callback).toHaveBeenCalledWith({ success: false, error: { code: 1011, errorMsg: expect.any(String) } })
    expect(events).toEqual([['session_error', { code: 1011, errorMsg: expect.any(String) }]])
  })

  it('plays onJoin with stepDelayMs, and stops it when the agent leaves', async () => {
    vi.useFakeTimers()
    const { fake, session, events } = await ready({
      stepDelayMs: 10,
      onJoin: [agentSteps.sessionJoined(), agentSteps.wait(100), agentSteps.error(1016)],
    })
    await join(session)
    await vi.advanceTimersByTimeAsync(9)
    expect(events).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(events).toEqual([['session_joined', {}]])
    session.leave?.()
    await vi.advanceTimersByTimeAsync(500)
    expect(events).toEqual([
      ['session_joined', {}],
      ['session_left', {}],
    ])
    expect(fake.calls.leave).toBe(1)
  })
})

describe('createFakeAgentSdk: endpoint, leave, end', () => {
  it('creates a viewer endpoint URL for a valid PIN and refuses bad ones', async () => {
    const { fake, session, events } = await ready({ pins: ['123456'] })
    const ok = await new Promise((resolve) => session.createAgentViewerEndpoint(JOIN, resolve))
    expect(ok).toEqual({ success: true, agentViewerUrl: 'about:blank#fake-agent-viewer=123456' })
    const bad = await new Promise((resolve) =>
      session.createAgentViewerEndpoint({ pinCode: '999999', sdkToken: 'a.b.c' }, resolve),
    )
    expect(bad).toEqual({ success: false, error: { code: 1006, errorMsg: expect.any(String) } })
    expect(events).toEqual([['session_error', { code: 1006, errorMsg: expect.any(String) }]])
    expect(fake.calls.endpoints).toHaveLength(2)
    expect(fake.viewer).toBeNull()
  })

  it('leave() removes the viewer and emits session_left; it is a no-op when not joined', async () => {
    const { fake, session, events, root } = await ready()
    session.leave?.()
    await settle()
    expect(events).toEqual([])
    await join(session)
    await settle()
    session.leave?.()
    expect(fake.viewer).toBeNull()
    expect(root.children).toHaveLength(0)
    await settle()
    expect(events.at(-1)).toEqual(['session_left', {}])
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'idle' })
    expect(fake.calls.leave).toBe(2)
  })

  it('end() removes the viewer and emits session_ended', async () => {
    const { fake, session, events, root } = await ready()
    await join(session)
    session.end?.()
    expect(root.children).toHaveLength(0)
    expect(fake.viewer).toBeNull()
    await settle()
    expect(events.at(-1)).toEqual(['session_ended', { reason: 'ended_by_agent' }])
  })
})

describe('createFakeAgentSdk: timeline and listeners', () => {
  it('plays every agent step', async () => {
    vi.useFakeTimers()
    const { fake, session, events } = await ready()
    await join(session)
    await settle()
    events.length = 0
    const played = fake.play([
      agentSteps.error(1013, 'full'),
      agentSteps.sessionLeft(),
      agentSteps.wait(1000),
      agentSteps.sessionJoined(),
      agentSteps.sessionEnded('ended_by_customer'),
    ])
    await vi.advanceTimersByTimeAsync(0)
    expect(fake.viewer).toBeNull()
    expect(events).toEqual([
      ['session_error', { code: 1013, errorMsg: 'full' }],
      ['session_left', {}],
    ])
    await vi.advanceTimersByTimeAsync(1000)
    await played
    expect(events.slice(2)).toEqual([
      ['session_joined', {}],
      ['session_ended', { reason: 'ended_by_customer' }],
    ])
  })

  it('keeps a real registry: on, off and listenerCount agree', async () => {
    const fake = createFakeAgentSdk()
    const { session } = await init(fake, document.body)
    const handler = vi.fn()
    session?.on('session_joined', handler)
    session?.on('session_left', handler)
    expect(fake.listenerCount()).toBe(2)
    fake.emit('session_joined', { raw: true })
    expect(handler).toHaveBeenCalledWith({ raw: true })
    session?.off?.('session_joined', handler)
    expect(fake.listenerCount('session_joined')).toBe(0)
    expect(fake.listenerCount()).toBe(1)
  })
})
