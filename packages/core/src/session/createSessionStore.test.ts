import { afterEach, describe, expect, it, vi } from 'vitest'
import { CobrowseError } from '../errors/CobrowseError.js'
import { compileMasking } from '../masking/compileMasking.js'
import { createFakeCustomerSdk, type FakeCustomerSdkOptions } from '../testing/index.js'
import { createSessionStore } from './createSessionStore.js'
import type { MarkStorage } from './recoveryMark.js'
import type { SessionStoreConfig } from './sessionStoreConfig.js'

const TOKEN = 'header.payload.signature'

function memoryStorage(initial: Record<string, string> = {}): MarkStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  }
}

/** What the kit sends with no masking option: `<Mask>`'s attribute and the sensitive-field defaults. */
const DEFAULT_MASK = compileMasking(undefined)

function setup(options: FakeCustomerSdkOptions = {}, config: Partial<SessionStoreConfig> = {}) {
  const fake = createFakeCustomerSdk(options)
  const storage = memoryStorage()
  const logger = { warn: vi.fn() }
  const store = createSessionStore({ sdkKey: 'key', token: TOKEN, sdk: fake.sdk, storage, logger, ...config })
  const statuses: string[] = []
  store.subscribe((state) => statuses.push(state.status))
  return { fake, store, storage, logger, statuses }
}

/** Lets the fake's setTimeout(0) callbacks and promise chains run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

afterEach(() => {
  vi.useRealTimers()
})

describe('createSessionStore: the customer flow', () => {
  it('starts idle and loads nothing until asked', async () => {
    const { fake, store } = setup()
    await settle()
    expect(store.getState()).toEqual({ status: 'idle' })
    expect(fake.calls.init).toHaveLength(0)
  })

  it('goes idle → loading → ready → starting → pin, calling init once and start with the token', async () => {
    const { fake, store, statuses } = setup({ onStart: [{ type: 'pin-issued', pin: '424242' }] })
    await store.start()
    await settle()
    expect(statuses).toEqual(['loading', 'ready', 'starting', 'pin'])
    expect(store.getState()).toEqual({ status: 'pin', pin: '424242' })
    expect(fake.calls.init).toHaveLength(1)
    expect(fake.calls.start).toEqual([{ sdkToken: TOKEN }])
  })

  it('passes init settings through and sets appKey when the SDK object is given (npm mode)', async () => {
    const { fake, store } = setup({}, { settings: { piiMask: { maskType: 'all_input' } } })
    await store.load()
    expect(fake.calls.init[0]).toEqual({
      appKey: 'key',
      piiMask: { ...DEFAULT_MASK, maskType: 'all_input' },
    })
  })

  it('inits the SDK exactly once however often load and start race', async () => {
    const { fake, store } = setup()
    await Promise.all([store.load(), store.load(), store.start(), store.load()])
    await store.load()
    expect(fake.calls.init).toHaveLength(1)
    expect(fake.calls.start).toHaveLength(1)
  })

  it('accepts a promise of the SDK', async () => {
    const fake = createFakeCustomerSdk()
    const store = createSessionStore({ sdkKey: 'k', token: TOKEN, sdk: Promise.resolve(fake.sdk), storage: null })
    await store.load()
    expect(store.getState().status).toBe('ready')
  })

  it('tracks agents joining and leaving', async () => {
    const { fake, store } = setup({ onStart: [{ type: 'pin-issued', pin: '111111' }] })
    await store.start()
    await settle()
    await fake.play([{ type: 'agent-joined', agent: { userId: 'a1', userName: 'Ana' } }])
    expect(store.getState()).toEqual({
      status: 'active',
      pin: '111111',
      agents: [{ id: 'a1', name: 'Ana' }],
      remoteAssist: 'off',
    })
    await fake.play([
      { type: 'agent-joined', agent: { userId: 'b2', userName: 'Bo' } },
      { type: 'agent-left', agent: { userId: 'a1' } },
    ])
    expect(store.getState()).toMatchObject({ status: 'active', agents: [{ id: 'b2', name: 'Bo' }] })
    await fake.play([{ type: 'agent-left', agent: { userId: 'b2' } }])
    expect(store.getState()).toEqual({ status: 'pin', pin: '111111' })
  })

  it('follows remote assist from request to stop', async () => {
    const { fake, store } = setup()
    await store.start()
    await settle()
    await fake.play([{ type: 'agent-joined' }, { type: 'remote-assist-requested' }])
    expect(store.getState()).toMatchObject({ status: 'active', remoteAssist: 'requested' })
    await fake.play([{ type: 'remote-assist-started' }])
    expect(store.getState()).toMatchObject({ remoteAssist: 'on' })
    await fake.play([{ type: 'remote-assist-stopped' }])
    expect(store.getState()).toMatchObject({ remoteAssist: 'off' })
  })

  it('shows reconnecting on a network drop and returns to the agent view after it', async () => {
    const { fake, store } = setup({ onStart: [{ type: 'pin-issued', pin: '333333' }] })
    await store.start()
    await settle()
    await fake.play([{ type: 'agent-joined', agent: { userId: 'a1', userName: 'Ana' } }, { type: 'network-dropped' }])
    expect(store.getState()).toEqual({ status: 'reconnecting', pin: '333333', agents: [{ id: 'a1', name: 'Ana' }] })
    await fake.play([{ type: 'network-restored' }])
    expect(store.getState()).toMatchObject({ status: 'active', pin: '333333' })
  })

  it('ends the session on end(): state ended, SDK end called once, a later session_ended changes nothing', async () => {
    const { fake, store, storage } = setup()
    await store.start()
    await settle()
    expect(storage.data.size).toBe(1)
    store.end()
    const endedState = store.getState()
    expect(endedState).toEqual({ status: 'ended', reason: 'ended_by_customer' })
    await settle()
    expect(fake.calls.end).toBe(1)
    expect(store.getState()).toBe(endedState)
    expect(storage.data.size).toBe(0)
    store.end()
    expect(fake.calls.end).toBe(1)
  })

  it('reads an end from the service as ended_remotely with its detail', async () => {
    const { fake, store } = setup()
    await store.start()
    await settle()
    await fake.play([{ type: 'session-ended', reason: 'agent_ended' }])
    expect(store.getState()).toEqual({ status: 'ended', reason: 'ended_remotely', detail: 'agent_ended' })
  })

  it('can start again after the end', async () => {
    const { fake, store } = setup()
    await store.start()
    await settle()
    store.end()
    await settle()
    await store.retry()
    await settle()
    expect(store.getState().status).toBe('pin')
    expect(fake.calls.start).toHaveLength(2)
    expect(fake.calls.init).toHaveLength(1)
  })

  it('drops a token that arrives after end(): the SDK is neither started nor ended', async () => {
    let release: (token: string) => void = () => {}
    const token = () => new Promise<string>((resolve) => (release = resolve))
    const { fake, store } = setup({}, { token })
    const starting = store.start()
    await settle()
    expect(store.getState().status).toBe('starting')
    store.end()
    release(TOKEN)
    await starting
    await settle()
    expect(store.getState()).toEqual({ status: 'ended', reason: 'ended_by_customer' })
    expect(fake.calls.start).toHaveLength(0)
    expect(fake.calls.end).toBe(0)
  })

  it('uses the BYOP custom PIN, upper-cased', async () => {
    const { fake, store } = setup({}, { customPinCode: 'abc123' })
    await store.start()
    await settle()
    expect(fake.calls.start[0]).toEqual({ sdkToken: TOKEN, customPinCode: 'ABC123' })
    expect(store.getState()).toEqual({ status: 'pin', pin: 'ABC123' })
  })

  it('asks the token provider for a customer token with the configured user', async () => {
    const token = vi.fn(async () => TOKEN)
    const { store } = setup({}, { token, user: { id: 'u1', name: 'Una' } })
    await store.start()
    expect(token).toHaveBeenCalledWith(expect.objectContaining({ role: 1, userId: 'u1', userName: 'Una' }))
  })
})

describe('createSessionStore: errors and retry', () => {
  it('surfaces session_error 2001 while starting as a typed error; retry starts again', async () => {
    const { fake, store } = setup({ onStart: [{ type: 'error', code: 2001, errorMsg: 'Invalid token' }] })
    await store.start()
    await settle()
    const state = store.getState()
    expect(state.status).toBe('error')
    if (state.status !== 'error') return
    expect(state.error).toBeInstanceOf(CobrowseError)
    expect(state.error).toMatchObject({ code: 2001, name: 'TOKEN_INVALID', message: 'Invalid token', retryable: false })
    expect(state.during).toBe('start')
    await store.retry()
    expect(fake.calls.start).toHaveLength(2)
  })

  it('surfaces a token fetch failure and recovers on retry', async () => {
    const token = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(TOKEN)
    const { fake, store } = setup({ onStart: [{ type: 'pin-issued', pin: '555555' }] }, { token })
    await store.start()
    expect(store.getState()).toMatchObject({ status: 'error', during: 'start', error: { code: 'token_fetch_failed' } })
    expect(fake.calls.start).toHaveLength(0)
    await store.retry()
    await settle()
    expect(store.getState()).toEqual({ status: 'pin', pin: '555555' })
  })

  it('surfaces a failed init and inits again on retry', async () => {
    const fake = createFakeCustomerSdk({ initError: { code: 1001, errorMsg: 'unsupported' } })
    const store = createSessionStore({ sdkKey: 'k', token: TOKEN, sdk: fake.sdk, storage: null })
    await store.start()
    expect(store.getState()).toMatchObject({
      status: 'error',
      during: 'load',
      error: { code: 1001, message: 'unsupported' },
    })
    await store.retry()
    expect(fake.calls.init).toHaveLength(2)
  })

  it('retries a failed load() by loading only, and a failed start() by starting', async () => {
    const failing = createFakeCustomerSdk({ initError: { errorMsg: 'nope' } })
    const store = createSessionStore({ sdkKey: 'k', token: TOKEN, sdk: failing.sdk, storage: null })
    await store.load()
    expect(store.getState()).toMatchObject({ status: 'error', during: 'load', error: { code: 'sdk_init_failed' } })
    await store.retry()
    expect(failing.calls.start).toHaveLength(0)
  })

  it('turns a mid-session error into the error state of phase session', async () => {
    const { fake, store } = setup()
    await store.start()
    await settle()
    await fake.play([{ type: 'agent-joined' }, { type: 'error', code: 1016 }])
    expect(store.getState()).toMatchObject({
      status: 'error',
      during: 'session',
      error: { name: 'NETWORK_ERROR', retryable: true },
    })
  })

  it('ends a session that failed mid-way before retrying, so the new start is not refused or ended by the old one', async () => {
    const { fake, store, logger } = setup({ onStart: [{ type: 'pin-issued', pin: '121212' }] })
    await store.start()
    await settle()
    await fake.play([{ type: 'agent-joined' }, { type: 'error', code: 1016 }])
    expect(store.getState()).toMatchObject({ status: 'error', during: 'session' })
    await store.retry()
    await settle()
    expect(fake.calls.end).toBe(1)
    expect(fake.calls.start).toHaveLength(2)
    expect(store.getState()).toEqual({ status: 'pin', pin: '121212' })
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it('does not end anything before retrying a failure of start itself', async () => {
    const { fake, store } = setup({ onStart: [{ type: 'error', code: 2001 }] })
    await store.start()
    await settle()
    await store.retry()
    expect(fake.calls.end).toBe(0)
    expect(fake.calls.start).toHaveLength(2)
  })

  it('refuses an invalid custom PIN before calling the SDK', async () => {
    const { fake, store } = setup({}, { customPinCode: 'not valid!' })
    await store.start()
    expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'invalid_pin' } })
    expect(fake.calls.start).toHaveLength(0)
  })

  it('reports ignored transitions through the logger in development', async () => {
    const { store, logger } = setup()
    await store.start()
    await settle()
    await store.start()
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("ignored START_REQUESTED in state 'pin'"))
  })
})

describe('createSessionStore: listeners and teardown', () => {
  it('attaches SDK listeners once, detaches on the last release and re-attaches on the next mount', async () => {
    const { fake, store } = setup()
    const releaseA = store.mount()
    const releaseB = store.mount()
    await store.load()
    const attached = fake.listenerCount()
    expect(attached).toBeGreaterThanOrEqual(9)
    releaseA()
    expect(fake.listenerCount()).toBe(attached)
    releaseB()
    expect(fake.listenerCount()).toBe(0)
    const releaseC = store.mount()
    expect(fake.listenerCount()).toBe(attached)
    releaseC()
    releaseC()
    expect(fake.listenerCount()).toBe(0)
  })

  it('hears nothing after destroy, even when the SDK has no off()', async () => {
    const { fake, store } = setup({ withoutOff: true, onStart: [{ type: 'pin-issued', pin: '777777' }] })
    await store.start()
    await settle()
    store.destroy()
    await fake.play([{ type: 'agent-joined' }, { type: 'session-ended' }])
    expect(store.getState()).toEqual({ status: 'pin', pin: '777777' })
  })

  it('fans raw SDK events out to on() subscribers until they unsubscribe', async () => {
    const { fake, store } = setup()
    const seen = vi.fn()
    const off = store.on('agent_joined', seen)
    await store.start()
    await settle()
    await fake.play([{ type: 'agent-joined', agent: { userId: 'x', userName: 'X' } }])
    expect(seen).toHaveBeenCalledWith(expect.objectContaining({ userId: 'x', userName: 'X' }))
    off()
    await fake.play([{ type: 'agent-joined' }])
    expect(seen).toHaveBeenCalledTimes(1)
  })
})

describe('createSessionStore: recovery after a refresh', () => {
  it('rejoins by itself on the first mount when this tab had a live session', async () => {
    const fake = createFakeCustomerSdk({ recoverable: { pin: '246810' } })
    const storage = memoryStorage({ 'cobrowse-kit:live:k': '1' })
    const store = createSessionStore({ sdkKey: 'k', token: TOKEN, sdk: fake.sdk, storage })
    const statuses: string[] = []
    store.subscribe((s) => statuses.push(s.status))
    store.mount()
    await settle()
    expect(fake.calls.join).toBe(1)
    expect(statuses).toEqual(['loading', 'ready', 'reconnecting', 'pin'])
    expect(store.getState()).toEqual({ status: 'pin', pin: '246810' })
  })

  it('loads nothing on mount when no session was live in this tab', async () => {
    const fake = createFakeCustomerSdk({ recoverable: { pin: '246810' } })
    const store = createSessionStore({ sdkKey: 'k', token: TOKEN, sdk: fake.sdk, storage: memoryStorage() })
    store.mount()
    await settle()
    expect(fake.calls.init).toHaveLength(0)
  })

  it('clears a stale mark when the SDK has nothing to recover', async () => {
    const fake = createFakeCustomerSdk()
    const storage = memoryStorage({ 'cobrowse-kit:live:k': '1' })
    const store = createSessionStore({ sdkKey: 'k', token: TOKEN, sdk: fake.sdk, storage })
    store.mount()
    await settle()
    expect(store.getState().status).toBe('ready')
    expect(storage.data.size).toBe(0)
    expect(fake.calls.join).toBe(0)
  })

  it('waits for join() when autoRejoin is off', async () => {
    const fake = createFakeCustomerSdk({ recoverable: { pin: '135790' } })
    const store = createSessionStore({ sdkKey: 'k', token: TOKEN, sdk: fake.sdk, storage: null, autoRejoin: false })
    await store.load()
    expect(store.getState().status).toBe('ready')
    expect(fake.calls.join).toBe(0)
    await store.join()
    await settle()
    expect(fake.calls.join).toBe(1)
    expect(store.getState()).toEqual({ status: 'pin', pin: '135790' })
  })

  it('reads an end while reconnecting as not_recovered', async () => {
    const fake = createFakeCustomerSdk({
      recoverable: { pin: '135790' },
      onJoin: [{ type: 'session-ended', reason: 'timeout' }],
    })
    const store = createSessionStore({ sdkKey: 'k', token: TOKEN, sdk: fake.sdk, storage: null })
    await store.load()
    await settle()
    expect(store.getState()).toEqual({ status: 'ended', reason: 'not_recovered', detail: 'timeout' })
  })
})

describe('createSessionStore: loading from the CDN', () => {
  it('injects the SDK script from the configured origin and inits the global it defines', async () => {
    const fake = createFakeCustomerSdk({ onStart: [{ type: 'pin-issued', pin: '102030' }] })
    const store = createSessionStore({
      sdkKey: 'cdn-key',
      token: TOKEN,
      origin: 'http://127.0.0.1:4010',
      version: '3.9.x',
      nonce: 'n0nce',
      storage: null,
    })
    const started = store.start()
    await Promise.resolve()
    const script = document.querySelector<HTMLScriptElement>('script[src*="/static/resource/sdk/"]')
    expect(script?.src).toBe('http://127.0.0.1:4010/static/resource/sdk/cdn-key/js/3.9.x')
    expect(script?.getAttribute('nonce')).toBe('n0nce')
    expect(store.getState().status).toBe('loading')
    const restore = fake.installGlobal(window)
    script?.dispatchEvent(new Event('load'))
    await started
    await settle()
    expect(fake.calls.init).toEqual([{ piiMask: DEFAULT_MASK }])
    expect(store.getState()).toEqual({ status: 'pin', pin: '102030' })
    restore()
    script?.remove()
  })

  it('turns a blocked script into a retryable sdk_load_failed error, and retry loads again', async () => {
    const store = createSessionStore({ sdkKey: 'blocked-key', token: TOKEN, storage: null })
    const started = store.start()
    await Promise.resolve()
    const first = document.querySelector<HTMLScriptElement>('script[src*="/blocked-key/"]')
    first?.dispatchEvent(new Event('error'))
    await started
    expect(store.getState()).toMatchObject({
      status: 'error',
      during: 'load',
      error: { code: 'sdk_load_failed', retryable: true },
    })
    const retried = store.retry()
    await Promise.resolve()
    const second = document.querySelector<HTMLScriptElement>('script[src*="/blocked-key/"]')
    expect(second).not.toBeNull()
    expect(second).not.toBe(first)
    expect(store.getState().status).toBe('loading')
    second?.dispatchEvent(new Event('error'))
    await retried
    second?.remove()
  })
})

describe('createSessionStore: masking', () => {
  it('compiles the masking option into piiMask for init', async () => {
    const { fake, store } = setup({}, { masking: { selectors: ['.pii'], attributes: ['data-sensitive=true'] } })
    await store.load()
    expect(fake.calls.init[0]?.piiMask).toEqual({
      maskType: 'custom_input',
      maskCssSelectors: `${DEFAULT_MASK?.maskCssSelectors}, .pii`,
      maskHTMLAttributes: 'data-sensitive=true',
    })
  })

  it('sends no piiMask of its own with masking: false', async () => {
    const { fake, store } = setup({}, { masking: false })
    await store.load()
    expect(fake.calls.init[0]).toEqual({ appKey: 'key' })
  })

  it('checks masking when the store is made: a bad selector is reported at once and the SDK never starts', async () => {
    const logger = { warn: vi.fn() }
    const { fake, store } = setup({}, { masking: { selectors: ['.pii', '.broken['] }, logger })
    expect(logger.warn).toHaveBeenCalledTimes(1)
    expect(logger.warn.mock.calls[0]?.[0]).toContain("invalid_masking: masking.selectors[1]: '.broken[' never closes")
    await store.start()
    expect(store.getState()).toMatchObject({ status: 'error', during: 'load', error: { code: 'invalid_masking' } })
    expect(fake.calls.init).toHaveLength(0)
    await store.retry()
    expect(fake.calls.init).toHaveLength(0)
    expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'invalid_masking' } })
  })

  it('refuses a selector only the browser parser rejects, also in a raw piiMask from settings', async () => {
    const { fake, store } = setup(
      {},
      { settings: { piiMask: { maskCssSelectors: '.pii, ..double' } }, logger: { warn: vi.fn() } },
    )
    await store.load()
    expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'invalid_masking' } })
    expect((store.getState() as { error: Error }).error.message).toContain("'..double'")
    expect(fake.calls.init).toHaveLength(0)
  })
})

describe('createSessionStore: answering remote assist from the host', () => {
  async function requested(options: FakeCustomerSdkOptions = {}) {
    const context = setup(options)
    await context.store.start()
    await settle()
    await context.fake.play([{ type: 'agent-joined' }, { type: 'remote-assist-requested' }])
    expect(context.store.getState()).toMatchObject({ remoteAssist: 'requested' })
    return context
  }

  it('allows through the SDK, and remote assist starts', async () => {
    const { fake, store } = await requested()
    expect(store.canAnswerRemoteAssist()).toBe(true)
    expect(store.respondToRemoteAssist(true)).toBe(true)
    await settle()
    expect(fake.calls.remoteAssistAnswers).toEqual([true])
    expect(store.getState()).toMatchObject({ status: 'active', remoteAssist: 'on' })
    expect(store.stopRemoteAssist()).toBe(true)
    await settle()
    expect(store.getState()).toMatchObject({ remoteAssist: 'off' })
  })

  it('denies through the SDK, and remote assist stays off', async () => {
    const { fake, store } = await requested()
    store.respondToRemoteAssist(false)
    await settle()
    expect(fake.calls.remoteAssistAnswers).toEqual([false])
    expect(store.getState()).toMatchObject({ remoteAssist: 'off' })
  })

  it("reports false when the SDK has no host answers (Zoom's own pop-up asks)", async () => {
    const { store } = await requested({ withoutHostConsent: true })
    expect(store.canAnswerRemoteAssist()).toBe(false)
    expect(store.respondToRemoteAssist(true)).toBe(false)
    expect(store.stopRemoteAssist()).toBe(false)
    expect(store.getState()).toMatchObject({ remoteAssist: 'requested' })
  })
})

describe('claimConsentUi: the host shows its own consent dialog and banner', () => {
  it('tells an SDK that arrives later, counts overlapping claims, and releases once each', async () => {
    const { fake, store } = setup()
    const first = store.claimConsentUi()
    const second = store.claimConsentUi()
    expect(fake.calls.hostConsentUi).toEqual([])
    await store.load()
    expect(fake.calls.hostConsentUi).toEqual([true])
    first()
    first()
    expect(fake.calls.hostConsentUi).toEqual([true])
    second()
    expect(fake.calls.hostConsentUi).toEqual([true, false])
    store.claimConsentUi()
    expect(fake.calls.hostConsentUi).toEqual([true, false, true])
  })

  it('changes nothing, and throws nothing, with an SDK that has no such switch', async () => {
    const { store, logger } = setup({ withoutHostConsent: true })
    await store.load()
    const release = store.claimConsentUi()
    release()
    expect(logger.warn).not.toHaveBeenCalled()
  })
})
