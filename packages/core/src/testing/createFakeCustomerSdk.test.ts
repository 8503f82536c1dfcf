import { afterEach, describe, expect, it, vi } from 'vitest'
import { CUSTOMER_EVENT_NAMES, type CustomerEventName } from '../sdk/customerEvents.js'
import type {
  CustomerInitResult,
  CustomerSession,
  StartSessionOptions,
  StartSessionResult,
} from '../sdk/customerSession.js'
import { createFakeCustomerSdk, type FakeCustomerSdk } from './createFakeCustomerSdk.js'
import { steps } from './steps.js'

type Recorded = [CustomerEventName, unknown]

function init(fake: FakeCustomerSdk): Promise<CustomerInitResult> {
  return new Promise((resolve) => fake.sdk.init({ appKey: 'key' }, resolve))
}

// Inits the fake and records every event the session emits, in order.
async function ready(fake: FakeCustomerSdk): Promise<{ session: CustomerSession; events: Recorded[] }> {
  const { session } = await init(fake)
  if (!session) throw new Error('init gave no session')
  const events: Recorded[] = []
  for (const name of CUSTOMER_EVENT_NAMES) session.on(name, (payload) => events.push([name, payload]))
  return { session, events }
}

function start(
  session: CustomerSession,
  options: StartSessionOptions = { sdkToken: 'a.b.c' },
): Promise<StartSessionResult> {
  return new Promise((resolve) => session.start(options, resolve))
}

// Lets microtask-scheduled work (callbacks, 0 ms steps) run under real and fake timers alike.
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve()
}

const names = (events: Recorded[]) => events.map(([name]) => name)

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('createFakeCustomerSdk: init', () => {
  it('calls back asynchronously with the same session every time and records each call', async () => {
    const fake = createFakeCustomerSdk()
    const callback = vi.fn()
    fake.sdk.init({ appKey: 'key' }, callback)
    expect(callback).not.toHaveBeenCalled()
    expect(fake.session).toBeUndefined()
    await settle()
    const first = callback.mock.calls[0]?.[0] as CustomerInitResult
    expect(first.success).toBe(true)
    expect(first.session).toBe(fake.session)
    const second = await init(fake)
    expect(second.session).toBe(first.session)
    expect(fake.calls.init).toEqual([{ appKey: 'key' }, { appKey: 'key' }])
  })

  it('fails with initError and hands out no session', async () => {
    const fake = createFakeCustomerSdk({ initError: { code: 1001, errorMsg: 'unsupported browser' } })
    const result = await init(fake)
    expect(result).toEqual({ success: false, error: { code: 1001, errorMsg: 'unsupported browser' } })
    expect(fake.session).toBeUndefined()
  })

  it('waits initDelayMs, and needs no timer advance at the default 0 ms under fake timers', async () => {
    vi.useFakeTimers()
    const instant = createFakeCustomerSdk()
    expect((await init(instant)).success).toBe(true)

    const slow = createFakeCustomerSdk({ initDelayMs: 500 })
    const callback = vi.fn()
    slow.sdk.init({}, callback)
    await vi.advanceTimersByTimeAsync(499)
    expect(callback).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(callback).toHaveBeenCalledWith(expect.objectContaining({ success: true }))
  })
})

describe('createFakeCustomerSdk: start', () => {
  it('plays the default script: session_started, then a random 6-digit PIN under both keys', async () => {
    const fake = createFakeCustomerSdk()
    const { session, events } = await ready(fake)
    expect(await start(session)).toEqual({ success: true })
    await settle()
    expect(names(events)).toEqual(['session_started', 'pincode_updated'])
    const pin = fake.pin
    expect(pin).toMatch(/^\d{6}$/)
    expect(events[1]?.[1]).toEqual({ pinCode: pin, pincode: pin })
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'in_session', pinCode: pin })
    expect(fake.calls.start).toEqual([{ sdkToken: 'a.b.c' }])
  })

  it('issues the custom PIN upper-cased', async () => {
    const fake = createFakeCustomerSdk()
    const { session, events } = await ready(fake)
    await start(session, { sdkToken: 'a.b.c', customPinCode: 'abc123' })
    await settle()
    expect(events[1]?.[1]).toEqual({ pinCode: 'ABC123', pincode: 'ABC123' })
    expect(fake.pin).toBe('ABC123')
  })

  it('plays onStart instead of the default script', async () => {
    const fake = createFakeCustomerSdk({ onStart: [steps.sessionStarted(), steps.error(1009)] })
    const { session, events } = await ready(fake)
    await start(session)
    await settle()
    expect(events).toEqual([
      ['session_started', {}],
      ['session_error', { code: 1009 }],
    ])
  })

  it.each([
    ['an empty token', { sdkToken: '' }, 2001],
    ['a custom PIN with a dash', { sdkToken: 'a.b.c', customPinCode: 'ab-12' }, 1008],
    ['a custom PIN of 11 characters', { sdkToken: 'a.b.c', customPinCode: 'ABCDEFGHIJK' }, 1008],
  ])('refuses %s with session_error %i and a failed callback', async (_, options, code) => {
    const fake = createFakeCustomerSdk()
    const { session, events } = await ready(fake)
    const result = await start(session, options)
    await settle()
    expect(result).toEqual({ success: false, error: { code, errorMsg: expect.any(String) } })
    expect(events).toEqual([['session_error', { code, errorMsg: expect.any(String) }]])
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'idle' })
  })

  it('refuses a second start while live (1004), and allows one after end()', async () => {
    const fake = createFakeCustomerSdk()
    const { session, events } = await ready(fake)
    await start(session)
    await settle()
    const second = await start(session)
    expect(second.success).toBe(false)
    await settle()
    expect(events.at(-1)).toEqual(['session_error', { code: 1004, errorMsg: expect.any(String) }])

    session.end()
    expect(names(events)).not.toContain('session_ended')
    await settle()
    expect(events.at(-1)).toEqual(['session_ended', { reason: 'ended_by_customer' }])
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'idle' })

    events.length = 0
    const third = start(session)
    // A new session: the old PIN is gone until the new one is issued.
    expect(fake.pin).toBeUndefined()
    expect(await third).toEqual({ success: true })
    await settle()
    expect(names(events)).toEqual(['session_started', 'pincode_updated'])
    expect(fake.calls.start).toHaveLength(3)
    expect(fake.pin).toMatch(/^\d{6}$/)
  })
})

describe('createFakeCustomerSdk: end and join', () => {
  it('ignores end() when nothing is live but still records it', async () => {
    const fake = createFakeCustomerSdk()
    const { session, events } = await ready(fake)
    session.end()
    await settle()
    expect(events).toEqual([])
    expect(fake.calls.end).toBe(1)
  })

  it('stops the rest of the start script once the session ends', async () => {
    vi.useFakeTimers()
    const fake = createFakeCustomerSdk({ onStart: [steps.sessionStarted(), steps.wait(1000), steps.pin('111111')] })
    const { session, events } = await ready(fake)
    await start(session)
    await settle()
    session.end()
    await vi.advanceTimersByTimeAsync(2000)
    expect(names(events)).toEqual(['session_started', 'session_ended'])
    expect(fake.pin).toBeUndefined()
  })

  it('resumes a recoverable session once, with the recovered PIN', async () => {
    const fake = createFakeCustomerSdk({ recoverable: { pin: '246810' } })
    const { session, events } = await ready(fake)
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'session_recoverable', pinCode: '246810' })
    session.join()
    await settle()
    expect(events).toEqual([
      ['session_started', {}],
      ['pincode_updated', { pinCode: '246810', pincode: '246810' }],
    ])
    expect(session.getSessionInfo()).toEqual({ sessionStatus: 'in_session', pinCode: '246810' })

    session.join()
    await settle()
    expect(events.at(-1)).toEqual(['session_error', { code: 1011, errorMsg: expect.any(String) }])
    expect(fake.calls.join).toBe(2)
  })

  it('plays onJoin and refuses join() when nothing is recoverable (1011)', async () => {
    const resumed = createFakeCustomerSdk({ recoverable: { pin: '135790' }, onJoin: [steps.sessionEnded('timeout')] })
    const first = await ready(resumed)
    first.session.join()
    await settle()
    expect(first.events).toEqual([['session_ended', { reason: 'timeout' }]])

    const fresh = createFakeCustomerSdk()
    const second = await ready(fresh)
    second.session.join()
    await settle()
    expect(second.events).toEqual([['session_error', { code: 1011, errorMsg: expect.any(String) }]])
  })
})

describe('createFakeCustomerSdk: listeners and global', () => {
  it('keeps a real registry: on, off and listenerCount agree', async () => {
    const fake = createFakeCustomerSdk()
    const { session } = await init(fake)
    if (!session?.off) throw new Error('expected off')
    const onPin = vi.fn()
    const onEnd = vi.fn()
    session.on('pincode_updated', onPin)
    session.on('pincode_updated', onPin)
    session.on('session_ended', onEnd)
    expect(fake.listenerCount('pincode_updated')).toBe(1)
    expect(fake.listenerCount()).toBe(2)

    fake.emit('pincode_updated', { pinCode: '123456' })
    expect(onPin).toHaveBeenCalledWith({ pinCode: '123456' })

    session.off('pincode_updated', onPin)
    fake.emit('pincode_updated', { pinCode: '654321' })
    expect(onPin).toHaveBeenCalledTimes(1)
    expect(fake.listenerCount('pincode_updated')).toBe(0)
    expect(fake.listenerCount()).toBe(1)
  })

  it('leaves off() out with withoutOff', async () => {
    const { session } = await init(createFakeCustomerSdk({ withoutOff: true }))
    expect(session).toBeDefined()
    expect(session && 'off' in session).toBe(false)
  })

  it('keeps calling handlers after one throws, and rethrows that error on a microtask', async () => {
    const fake = createFakeCustomerSdk()
    const { session } = await init(fake)
    const boom = new Error('handler bug')
    const rethrows: (() => void)[] = []
    vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
      rethrows.push(task)
    })
    const after = vi.fn()
    session?.on('agent_joined', () => {
      throw boom
    })
    session?.on('agent_joined', after)
    fake.emit('agent_joined', { userId: 'a1' })
    expect(after).toHaveBeenCalledWith({ userId: 'a1' })
    expect(rethrows).toHaveLength(1)
    expect(() => rethrows[0]?.()).toThrow(boom)
  })

  it('installs itself as window.ZoomCobrowseSDK and restores what was there', () => {
    const fake = createFakeCustomerSdk()
    const previous = createFakeCustomerSdk().sdk
    window.ZoomCobrowseSDK = previous
    const restore = fake.installGlobal()
    expect(window.ZoomCobrowseSDK).toBe(fake.sdk)
    restore()
    expect(window.ZoomCobrowseSDK).toBe(previous)

    delete window.ZoomCobrowseSDK
    const target = {} as Window
    const restoreTarget = fake.installGlobal(target)
    expect(target.ZoomCobrowseSDK).toBe(fake.sdk)
    restoreTarget()
    expect('ZoomCobrowseSDK' in target).toBe(false)
  })
})
