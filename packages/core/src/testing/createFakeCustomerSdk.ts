import { createEventHub } from '../events/createEventHub.js'
import type { CustomerEventMap, CustomerEventName } from '../sdk/customerEvents.js'
import {
  type CustomerSdk,
  type CustomerSession,
  SESSION_RECOVERABLE,
  type StartSessionOptions,
  type StartSessionResult,
} from '../sdk/customerSession.js'
import type { CustomerInitSettings } from '../sdk/customerSettings.js'
import { applyCustomerStep, type FakeCustomerState } from './applyCustomerStep.js'
import { createTimelinePlayer } from './createTimelinePlayer.js'
import { delay } from './delay.js'
import type { TimelineStep } from './timeline.js'

/** Options of {@link createFakeCustomerSdk}. */
export interface FakeCustomerSdkOptions {
  /** Played after a successful `session.start()`. Default: session started, then a PIN. */
  onStart?: TimelineStep[]
  /** Played after `session.join()` resumes a recoverable session. Default: session started, then the recovered PIN. */
  onJoin?: TimelineStep[]
  /** Makes `init` call back `{ success: false, error }` with this error. */
  initError?: { code?: number; errorMsg?: string }
  /** Starts the fake as after a page refresh: `getSessionInfo()` reports a recoverable session until `join()`. */
  recoverable?: { pin: string }
  /** Delay before `init` calls back. Default 0 (still asynchronous: the next microtask). */
  initDelayMs?: number
  /** Delay before each scripted step. Default 0. */
  stepDelayMs?: number
  /** Leaves `session.off` out, to test code paths for an SDK without it (Zoom's `off` is unconfirmed). */
  withoutOff?: boolean
  /**
   * Omit `approveRemoteAssist` / `declineRemoteAssist` / `stopRemoteAssist` (not in Zoom's published API: Zoom asks
   * the customer with its own pop-up), to test a host UI against an SDK without them.
   */
  withoutHostConsent?: boolean
}

/** A fake of Zoom's customer SDK, plus handles to script and inspect it. */
export interface FakeCustomerSdk {
  /** Pass it to the kit, or install it as `window.ZoomCobrowseSDK` with {@link FakeCustomerSdk.installGlobal}. */
  readonly sdk: CustomerSdk
  /** The session handed out by a successful `init` (the same object every time); `undefined` before that. */
  readonly session: CustomerSession | undefined
  /** Every call the code under test made, with its arguments. */
  readonly calls: {
    init: CustomerInitSettings[]
    start: StartSessionOptions[]
    join: number
    end: number
    /** Answers given through `approveRemoteAssist` (true) / `declineRemoteAssist` (false), in order. */
    remoteAssistAnswers: boolean[]
    /** Values passed to `setHostConsentUi`, in order. */
    hostConsentUi: boolean[]
  }
  /** Plays `steps` after anything already playing; resolves after the last step ran. */
  play(steps: TimelineStep[]): Promise<void>
  /** Emits a raw event to the session's handlers, synchronously and without touching the fake's state. */
  emit<E extends CustomerEventName>(event: E, payload: CustomerEventMap[E]): void
  /** Handlers currently attached, for `event` or for all events. */
  listenerCount(event?: CustomerEventName): number
  /** Sets `target.ZoomCobrowseSDK` (default: the global object); the returned function restores what was there. */
  installGlobal(target?: Window): () => void
  /** The last PIN issued in the current session, or in the last one. */
  readonly pin: string | undefined
  /** Agents present now, in the order they joined. */
  readonly agents: ReadonlyArray<{ userId: string; userName: string }>
}

const DEFAULT_SESSION_SCRIPT: readonly TimelineStep[] = [{ type: 'session-started' }, { type: 'pin-issued' }]
const CUSTOM_PIN = /^[A-Za-z0-9]{1,10}$/

/**
 * Creates a fake customer SDK that follows Zoom's documented rules where that is cheap: token required (2001), custom
 * PIN format (1008), one live session at a time (1004), `join()` only when recoverable (1011). Events come from a
 * scriptable timeline, so tests can drive a session through PINs, agents, remote assist, network drops and errors.
 *
 * Works with real timers and with `vi.useFakeTimers()`: nothing uses `requestAnimationFrame`, and zero delays resolve
 * on microtasks, so only `wait` steps and non-zero delays need timers advanced.
 *
 * @example
 * const fake = createFakeCustomerSdk()
 * const store = createSessionStore({ sdkKey: 'test', token: 'a.b.c', sdk: fake.sdk })
 * await store.start()
 * await fake.play([steps.agentJoined('Ana'), steps.sessionEnded()])
 */
export function createFakeCustomerSdk(options: FakeCustomerSdkOptions = {}): FakeCustomerSdk {
  const listeners = createEventHub<CustomerEventMap>()
  const calls: FakeCustomerSdk['calls'] = {
    init: [],
    start: [],
    join: 0,
    end: 0,
    remoteAssistAnswers: [],
    hostConsentUi: [],
  }
  const state: FakeCustomerState = { live: false, pin: undefined, customPin: undefined, agents: [], agentsJoined: 0 }
  const player = createTimelinePlayer(
    (step: TimelineStep) => applyCustomerStep(step, state, listeners.emit),
    options.stepDelayMs ?? 0,
  )
  let handedOut: CustomerSession | undefined
  let recoverablePin = options.recoverable?.pin
  // Bumped when a session starts or ends, so the script of an ended session stops instead of leaking events.
  let generation = 0

  function playSessionScript(script: readonly TimelineStep[]): void {
    const own = generation
    void player.play(script, () => own !== generation)
  }

  function fail(code: number, errorMsg: string, callback?: (result: StartSessionResult) => void): void {
    void delay(0).then(() => {
      listeners.emit('session_error', { code, errorMsg })
      callback?.({ success: false, error: { code, errorMsg } })
    })
  }

  function beginSession(pin: string | undefined, customPin: string | undefined): void {
    state.live = true
    state.pin = pin
    state.customPin = customPin
    generation += 1
  }

  // The emulator's extension for host-driven consent, answered the way its SDK answers: started, or stopped.
  function hostConsent(): Pick<
    CustomerSession,
    'approveRemoteAssist' | 'declineRemoteAssist' | 'stopRemoteAssist' | 'setHostConsentUi'
  > {
    const answer = (allow: boolean) => {
      calls.remoteAssistAnswers.push(allow)
      void delay(0).then(() =>
        allow
          ? listeners.emit('remote_assist_started', { remoteAssistType: 'scroll_page' })
          : listeners.emit('remote_assist_stopped', { by: 'customer', reason: 'declined' }),
      )
    }
    return {
      approveRemoteAssist: () => answer(true),
      declineRemoteAssist: () => answer(false),
      stopRemoteAssist: () => void delay(0).then(() => listeners.emit('remote_assist_stopped', { by: 'customer' })),
      setHostConsentUi: (enabled) => void calls.hostConsentUi.push(enabled),
    }
  }

  const session: CustomerSession = {
    start(startOptions, callback) {
      calls.start.push(startOptions)
      const { sdkToken, customPinCode } = startOptions
      if (!sdkToken) return fail(2001, 'sdkToken is empty', callback)
      if (customPinCode !== undefined && !CUSTOM_PIN.test(customPinCode)) {
        return fail(1008, 'customPinCode must be 1 to 10 letters or digits', callback)
      }
      if (state.live) return fail(1004, 'a session is already active', callback)
      // Live from the accepted call on, so a second start() in the same tick is refused like Zoom's.
      beginSession(undefined, customPinCode)
      void delay(0).then(() => callback?.({ success: true }))
      playSessionScript(options.onStart ?? DEFAULT_SESSION_SCRIPT)
    },
    join() {
      calls.join += 1
      if (recoverablePin === undefined) return fail(1011, 'no recoverable session to join')
      beginSession(recoverablePin, undefined)
      recoverablePin = undefined
      playSessionScript(options.onJoin ?? DEFAULT_SESSION_SCRIPT)
    },
    end() {
      calls.end += 1
      if (!state.live) return
      state.live = false
      state.agents = []
      generation += 1
      void delay(0).then(() => listeners.emit('session_ended', { reason: 'ended_by_customer' }))
    },
    on: listeners.on,
    // Only 'session_recoverable' is a status Zoom documents; 'in_session' and 'idle' are the fake's own words.
    getSessionInfo() {
      if (recoverablePin !== undefined) return { sessionStatus: SESSION_RECOVERABLE, pinCode: recoverablePin }
      if (!state.live) return { sessionStatus: 'idle' }
      return state.pin === undefined
        ? { sessionStatus: 'in_session' }
        : { sessionStatus: 'in_session', pinCode: state.pin }
    },
    ...(options.withoutOff ? {} : { off: listeners.off }),
    ...(options.withoutHostConsent ? {} : hostConsent()),
  }

  // More than `init`: the loader takes an object with `init` alone for a loader stub, not a real SDK.
  const sdk: CustomerSdk & { readonly version: string } = {
    version: 'test-kit',
    init(settings, callback) {
      calls.init.push(settings)
      void delay(options.initDelayMs ?? 0).then(() => {
        if (options.initError) return callback({ success: false, error: { ...options.initError } })
        handedOut = session
        callback({ success: true, session })
      })
    },
  }

  return {
    sdk,
    get session() {
      return handedOut
    },
    calls,
    play: (script) => player.play(script),
    emit: listeners.emit,
    listenerCount: listeners.count,
    installGlobal(target = globalThis as unknown as Window) {
      const host = target as Window & { ZoomCobrowseSDK?: CustomerSdk }
      // The descriptor, not the value: restoring brings back exactly what was there, including "no own property".
      const previous = Object.getOwnPropertyDescriptor(host, 'ZoomCobrowseSDK')
      host.ZoomCobrowseSDK = sdk
      return () => {
        if (previous) Object.defineProperty(host, 'ZoomCobrowseSDK', previous)
        else delete host.ZoomCobrowseSDK
      }
    },
    get pin() {
      return state.pin
    },
    get agents() {
      return [...state.agents]
    },
  }
}
