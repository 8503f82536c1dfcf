import type { StoreApi } from 'zustand/vanilla'
import { createStore } from 'zustand/vanilla'
import { isDevelopment } from '../env/isDevelopment.js'
import { createEventHub } from '../events/createEventHub.js'
import { validatePin } from '../pin/validatePin.js'
import type { CustomerEventHandler, CustomerEventMap, CustomerEventName } from '../sdk/customerEvents.js'
import { type CustomerSession, SESSION_RECOVERABLE } from '../sdk/customerSession.js'
import { toCobrowseError } from '../sdk/normalizePayload.js'
import { resolveToken } from '../token/resolveToken.js'
import { eventToTransition } from './eventToTransition.js'
import { checkMasking, initCustomerSession } from './initCustomerSession.js'
import { listenToSession } from './listenToSession.js'
import { createRecoveryMark } from './recoveryMark.js'
import type { SessionState } from './sessionState.js'
import type { SessionStoreConfig } from './sessionStoreConfig.js'
import { type SessionTransition, transitionSession } from './sessionTransition.js'

/** How long retry() waits for the SDK to confirm the end of a failed session before starting a new one. */
const END_CONFIRM_TIMEOUT_MS = 1500

/**
 * A customer session: a read-only zustand store of `SessionState` plus the actions that drive it.
 * Read it with zustand's `useStore(store, selector)` or `store.subscribe`; change it only through the actions.
 */
export interface SessionStore extends Pick<StoreApi<SessionState>, 'getState' | 'getInitialState' | 'subscribe'> {
  readonly config: Readonly<SessionStoreConfig>
  /** Loads and initialises the SDK (once per store). Resumes a recoverable session when `autoRejoin` is on. */
  load(): Promise<void>
  /** Starts a session (loading the SDK first if needed). The PIN arrives later as state `pin`. */
  start(): Promise<void>
  /** Resumes a recoverable session after a refresh. */
  join(): Promise<void>
  /** Ends the session for everyone. */
  end(): void
  /**
   * Answers an agent's remote-assist request from the host's own UI. Returns false when the SDK has no such API
   * (Zoom's SDK asks the customer with its own pop-up), so the host can leave the answer to it.
   */
  respondToRemoteAssist(allow: boolean): boolean
  /** Stops remote assist from the customer's side. Returns false when the SDK has no such API. */
  stopRemoteAssist(): boolean
  /** Whether the SDK lets the host answer remote-assist requests (see `respondToRemoteAssist`). */
  canAnswerRemoteAssist(): boolean
  /**
   * Declares that the host shows its own consent dialog and banner while the returned release has not been called,
   * so an SDK that offers it (the emulator) hides its own and the customer is not asked twice. Counted: several
   * claimants may overlap. Without that SDK API it changes nothing.
   */
  claimConsentUi(): () => void
  /** Runs the failed step again (or starts again after `ended`). */
  retry(): Promise<void>
  /** Subscribes to a raw SDK event; returns the unsubscribe. Works before the SDK has loaded. */
  on<E extends CustomerEventName>(event: E, handler: CustomerEventHandler<E>): () => void
  /**
   * Marks the store as used by a mounted component; returns the release. The last release detaches SDK listeners
   * (a later mount re-attaches them). The first mount resumes a session that a refresh interrupted.
   */
  mount(): () => void
  /** Detaches from the SDK for good. Does not end the session, so a refresh can still resume it. */
  destroy(): void
}

/**
 * Creates the store of one customer session. Nothing loads until an action asks for it.
 *
 * @example
 * const store = createSessionStore({ sdkKey, token: { url: '/api/cobrowse/token' } })
 * store.subscribe((s) => s.status === 'pin' && showPin(s.pin))
 * await store.start()
 */
export function createSessionStore(config: SessionStoreConfig): SessionStore {
  const api = createStore<SessionState>()(() => ({ status: 'idle' }))
  const mark = createRecoveryMark(config.sdkKey, config.storage)
  const logger = config.logger ?? console
  const hub = createEventHub<CustomerEventMap>()
  let session: Promise<CustomerSession> | undefined
  let loading: Promise<void> | undefined
  let ready: CustomerSession | undefined
  let detach: (() => void) | undefined
  let mounts = 0
  let destroyed = false
  let agentCount = 0
  let wantsStart = false
  let tokenRequest: AbortController | undefined
  // Whether the SDK itself was asked to start or join, so end() never calls session.end() for a token still in flight.
  let sdkLive = false

  const warn = (message: string) => {
    if (isDevelopment()) logger.warn(`[cobrowse-kit] ${message}`)
  }
  // Masking is security configuration: it is checked now, with the browser's selector parser when there is a document
  // (again at init otherwise), and a bad item keeps the SDK from ever starting. Reported in production too: without
  // a fix the feature cannot work.
  const maskingProblem = checkMasking(config)
  if (maskingProblem)
    logger.warn(`[cobrowse-kit] ${maskingProblem.code}: ${maskingProblem.message} ${maskingProblem.hint}`)

  const dispatch = (transition: SessionTransition): boolean => {
    const current = api.getState()
    const result = transitionSession(current, transition)
    if (result.ignored) {
      warn(`ignored ${transition.type} in state '${current.status}'`)
      return false
    }
    if (result.state !== current) api.setState(result.state, true)
    // The agent the customer let scroll has left: the permission ends with them, on the SDK's side too.
    if (
      transition.type === 'AGENT_LEFT' &&
      current.status === 'active' &&
      current.remoteAssist === 'on' &&
      result.state.status === 'active' &&
      result.state.remoteAssist === 'off'
    ) {
      callOptional('stopRemoteAssist')
    }
    if (result.state.status === 'ended') {
      mark.clear()
      sdkLive = false
    }
    return true
  }

  const fail = (error: unknown, during: 'load' | 'start' | 'join' | 'session') =>
    dispatch({ type: 'FAILED', error: toCobrowseError(error), during })

  const onSdkEvent = <E extends CustomerEventName>(event: E, payload: CustomerEventMap[E]) => {
    const transition = eventToTransition(event, payload, {
      status: api.getState().status,
      nextAgentId: () => `agent-${++agentCount}`,
    })
    if (transition) dispatch(transition)
    hub.emit(event, payload)
  }

  const attach = () => {
    if (ready && !detach && !destroyed) detach = listenToSession(ready, onSdkEvent)
  }

  // The one place init is called: memoised per store, cleared only when init failed so retry can try again.
  const initSession = (): Promise<CustomerSession> => {
    session ??= initCustomerSession(config)
    session.catch(() => {
      session = undefined
    })
    return session
  }

  const rejoin = (recoveredPin: string | undefined) => {
    if (!ready || !dispatch({ type: 'RECOVERY_STARTED', pin: recoveredPin })) return
    try {
      sdkLive = true
      ready.join()
    } catch (error) {
      fail(error, 'join')
    }
  }

  let consentClaims = 0
  const applyConsentUi = () => {
    try {
      ready?.setHostConsentUi?.(consentClaims > 0)
    } catch (error) {
      warn(`session.setHostConsentUi() threw: ${String(error)}`)
    }
  }
  const claimConsentUi = () => {
    consentClaims += 1
    if (consentClaims === 1) applyConsentUi()
    let released = false
    return () => {
      if (released) return
      released = true
      consentClaims -= 1
      if (consentClaims === 0) applyConsentUi()
    }
  }

  const loadOnce = async (): Promise<void> => {
    if (!dispatch({ type: 'LOAD_STARTED' })) return
    try {
      if (maskingProblem) throw maskingProblem
      ready = await initSession()
    } catch (error) {
      fail(error, 'load')
      return
    }
    // A consent UI mounted before the SDK arrived: tell the SDK now, before any request can reach it.
    if (consentClaims > 0) applyConsentUi()
    attach()
    dispatch({ type: 'SDK_READY' })
    const info = ready.getSessionInfo()
    if (info?.sessionStatus === SESSION_RECOVERABLE) {
      if (config.autoRejoin !== false) rejoin(info.pinCode)
    } else {
      mark.clear()
    }
  }

  // Hover, focus and click may all ask to load at once: they share one attempt.
  const load = (): Promise<void> => {
    if (destroyed || ready) return Promise.resolve()
    loading ??= loadOnce().finally(() => {
      loading = undefined
    })
    return loading
  }

  const customPin = (): string | undefined => {
    if (config.customPinCode === undefined) return undefined
    const result = validatePin(config.customPinCode, { kind: 'byop' })
    if (!result.valid) throw result.error
    return result.pin
  }

  const start = async (): Promise<void> => {
    wantsStart = true
    if (!ready) await load()
    if (!ready || !dispatch({ type: 'START_REQUESTED' })) return
    wantsStart = false
    const sdkSession = ready
    tokenRequest = new AbortController()
    const { signal } = tokenRequest
    try {
      const customPinCode = customPin()
      const sdkToken = await resolveToken(config.token, {
        role: 1,
        signal,
        userId: config.user?.id,
        userName: config.user?.name,
      })
      // end() or destroy() while the token was on its way: drop it.
      if (signal.aborted || api.getState().status !== 'starting') return
      mark.set()
      sdkLive = true
      sdkSession.start({ sdkToken, ...(customPinCode === undefined ? {} : { customPinCode }) }, (result) => {
        // The SDK may report the same failure as a session_error event too; the first report wins.
        if (!result.success && api.getState().status === 'starting') fail(result.error, 'start')
      })
    } catch (error) {
      if (!signal.aborted) fail(error, 'start')
    }
  }

  const join = async (): Promise<void> => {
    if (!ready) await load()
    if (api.getState().status === 'ready') rejoin(ready?.getSessionInfo()?.pinCode)
  }

  const end = () => {
    tokenRequest?.abort()
    // Read before the transition: reaching 'ended' resets sdkLive.
    const callSdk = sdkLive
    if (api.getState().status === 'ended' || !dispatch({ type: 'SESSION_ENDED', reason: 'ended_by_customer' })) return
    if (!callSdk) return
    try {
      ready?.end()
    } catch (error) {
      warn(`session.end() threw: ${String(error)}`)
    }
  }

  // The SDK's answer methods are optional (not in Zoom's published API); a missing one reports false.
  const callOptional = (name: 'approveRemoteAssist' | 'declineRemoteAssist' | 'stopRemoteAssist'): boolean => {
    const method = ready?.[name]
    if (typeof method !== 'function') return false
    try {
      method.call(ready)
      return true
    } catch (error) {
      warn(`session.${name}() threw: ${String(error)}`)
      return false
    }
  }

  // Ends a session that failed mid-way on the SDK's side too, and waits (briefly) for its session_ended, so a new
  // start() is not refused as a second live session (1004) and the stale end cannot end the new one.
  const endFailedSession = (): Promise<void> => {
    if (!ready || !sdkLive) return Promise.resolve()
    sdkLive = false
    const sdkSession = ready
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        off()
        resolve()
      }
      const off = hub.on('session_ended', done)
      const timer = setTimeout(done, END_CONFIRM_TIMEOUT_MS)
      try {
        sdkSession.end()
      } catch (error) {
        warn(`session.end() threw: ${String(error)}`)
        done()
      }
    })
  }

  const retry = async (): Promise<void> => {
    const state = api.getState()
    if (state.status !== 'error' && state.status !== 'ended') return
    const stale = state.status === 'error' && state.during === 'session' ? endFailedSession() : undefined
    dispatch({ type: 'RESET', sdkReady: ready !== undefined })
    await stale
    if (state.status === 'error' && state.during === 'load' && !wantsStart) return load()
    return start()
  }

  const mount = () => {
    mounts++
    attach()
    if (mounts === 1 && !ready && mark.has()) void load()
    let released = false
    return () => {
      if (released) return
      released = true
      mounts--
      if (mounts === 0) {
        detach?.()
        detach = undefined
      }
    }
  }

  const destroy = () => {
    destroyed = true
    tokenRequest?.abort()
    detach?.()
    detach = undefined
    hub.clear()
  }

  return {
    getState: api.getState,
    getInitialState: api.getInitialState,
    subscribe: api.subscribe,
    config,
    load,
    start,
    join,
    end,
    retry,
    respondToRemoteAssist: (allow) => callOptional(allow ? 'approveRemoteAssist' : 'declineRemoteAssist'),
    stopRemoteAssist: () => callOptional('stopRemoteAssist'),
    canAnswerRemoteAssist: () => typeof ready?.approveRemoteAssist === 'function',
    claimConsentUi,
    on: hub.on,
    mount,
    destroy,
  }
}
