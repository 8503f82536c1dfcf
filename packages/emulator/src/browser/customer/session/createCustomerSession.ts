import { FIDELITY } from '../../../config/fidelity.js'
import type { CustomerToServer, ServerToCustomer, SessionFeatures } from '../../../protocol/messages.js'
import type { StartRecording } from '../recording/startRecording.js'
import type { OpenSocket } from '../transport/customerSocket.js'
import { createAgentRoster } from './agentRoster.js'
import { callSafely } from './callSafely.js'
import { createReconnector } from './createReconnector.js'
import { type CustomerEvents, type EmitCustomerEvent, pinPayload } from './customerEvents.js'
import type { CustomerSession, StartOptions, StartResult } from './customerSession.js'
import { createListenerRegistry } from './listenerRegistry.js'
import type { SavedState, StateStore } from './savedState.js'
import { createSessionConnection, endRemotely } from './sessionConnection.js'
import type { AnnotationPart, RemoteAssistPart, SessionLink } from './sessionLink.js'
import { knowsSession, type Phase, SESSION_STATUS } from './sessionPhase.js'
import { createSessionRecorder } from './sessionRecorder.js'

/** What the session core needs from the page and the network; tests pass fakes. */
export interface CustomerSessionDeps {
  features: SessionFeatures
  openSocket: OpenSocket
  store: StateStore
  browserId: () => string
  /** `location.origin` and `location.href`, read when a message is sent. */
  page: () => { site: string; url: string }
  startRecording: StartRecording
  remoteAssist: (link: SessionLink) => RemoteAssistPart
  annotations: (link: SessionLink) => AnnotationPart
  /** The saved session `init` found recoverable after a refresh. */
  recovered?: SavedState | undefined
}

/** The session plus the hooks the page lifecycle drives. */
export interface CustomerSessionHandle {
  session: CustomerSession
  /** The page is going away (`pagehide`): its connection closes, and that is not a network drop. */
  pageHidden(): void
  /** The page came back from the back/forward cache: resume if the connection went meanwhile. */
  pageShown(): void
}

type Welcome = Extract<ServerToCustomer, { t: 'started' | 'resumed' }>

/**
 * The customer session: start, rejoin after a refresh, reconnect after a drop, end, and the server messages in
 * between, mapped onto Zoom's customer events. All I/O comes in through `deps`.
 */
export function createCustomerSession(deps: CustomerSessionDeps): CustomerSessionHandle {
  const listeners = createListenerRegistry<CustomerEvents>()
  const emit: EmitCustomerEvent = (name, payload) => listeners.emit(name, payload)
  // Events answering a method call arrive after it returns, as with an SDK that asks a server first.
  const emitLater: EmitCustomerEvent = (name, payload) => queueMicrotask(() => listeners.emit(name, payload))

  let phase: Phase = deps.recovered === undefined ? 'idle' : 'recoverable'
  let saved = deps.recovered
  let startCallback: ((result: StartResult) => void) | undefined
  let hidden = false

  const connection = createSessionConnection(deps.openSocket, { message: onMessage, lost: onConnectionLost })
  const link: SessionLink = { send: connection.send, emit }
  const remoteAssist = deps.remoteAssist(link)
  const annotations = deps.annotations(link)
  const agents = createAgentRoster(emit)
  const recorder = createSessionRecorder(deps.startRecording, connection.send)
  const reconnector = createReconnector({
    attempt: () => connection.open(() => resumeMessage(saved)),
    abandon: () => connection.drop(),
    giveUp: () => finish(FIDELITY.endReasons.notRecovered, emit),
  })

  function resumeMessage(state: SavedState | undefined): CustomerToServer {
    const { sessionId = '', resumeKey = '' } = state ?? {}
    return { t: 'resume', sessionId, resumeKey, browserId: deps.browserId(), ...deps.page() }
  }

  function settleStart(result: StartResult, later: boolean): void {
    const callback = startCallback
    startCallback = undefined
    if (later) queueMicrotask(() => callSafely(callback, result))
    else callSafely(callback, result)
  }

  function begin(message: Welcome): void {
    const via = phase
    reconnector.cancel()
    saved = { sessionId: message.sessionId, resumeKey: message.resumeKey, pin: message.pin }
    deps.store.write(saved)
    phase = 'live'
    emit('session_started', { sessionId: message.sessionId })
    // After a network drop the page already shows the PIN; a new page (or a first start) needs it.
    if (via !== 'reconnecting') emit('pincode_updated', pinPayload(message.pin))
    if (message.t === 'resumed') agents.sync(message.agents)
    recorder.start()
    annotations.activate(message.user)
    if (via === 'starting') settleStart({ success: true }, false)
  }

  /**
   * Everything a live session holds goes, the saved state included unless `keepSaved`: a tab that lost the session
   * to another tab must leave the state that tab now resumes with (the store also refuses to clear a newer state).
   */
  function stopLive(keepSaved = false): void {
    reconnector.cancel()
    recorder.stop()
    remoteAssist.reset()
    annotations.deactivate()
    agents.clear()
    if (saved !== undefined && !keepSaved) deps.store.clear(saved)
    saved = undefined
  }

  function finish(reason: string, emitEnded: EmitCustomerEvent): void {
    connection.drop()
    stopLive(reason === FIDELITY.endReasons.movedToAnotherTab)
    phase = 'ended'
    emitEnded('session_ended', { reason })
  }

  function onError(code: number, errorMsg: string): void {
    connection.drop()
    const error = { code, errorMsg }
    if (phase === 'starting') {
      phase = 'idle'
      emit('session_error', error)
      settleStart({ success: false, error }, false)
    } else if (phase === 'joining') {
      // The server refused the resume: the saved session is gone for good.
      stopLive()
      phase = 'idle'
      emit('session_error', error)
    } else if (phase === 'reconnecting') {
      finish(FIDELITY.endReasons.notRecovered, emit)
    } else if (phase === 'live') {
      stopLive()
      phase = 'failed'
      emit('session_error', error)
    }
  }

  function loseConnection(): void {
    recorder.stop()
    // The server stops remote assist when the customer drops; a resumed session starts without it.
    remoteAssist.reset()
    phase = 'reconnecting'
    emit('session_reconnecting', {})
    reconnector.begin()
  }

  function onConnectionLost(): void {
    if (phase === 'starting') {
      onError(1001, 'Could not connect to the cobrowse service.')
    } else if (phase === 'joining') {
      // Nothing says the session is gone, so it stays recoverable and join() may be tried again.
      phase = 'recoverable'
      emit('session_error', { code: 1011, errorMsg: 'Could not rejoin the session.' })
    } else if (phase === 'live' && !hidden) {
      loseConnection()
    } else if (phase === 'reconnecting') {
      reconnector.attemptFailed()
    }
  }

  function onMessage(message: ServerToCustomer): void {
    const inSession = phase === 'live'
    switch (message.t) {
      case 'started':
        if (phase === 'starting') begin(message)
        break
      case 'resumed':
        if (phase === 'joining' || phase === 'reconnecting') begin(message)
        break
      case 'error':
        onError(message.code, message.message)
        break
      case 'ended':
        if (phase !== 'idle' && phase !== 'ended' && phase !== 'failed') finish(message.reason, emit)
        break
      case 'agent-joined':
        agents.joined(message.agent)
        break
      case 'agent-left':
        agents.left(message.agent, message.reason)
        break
      case 'snapshot-request':
        recorder.takeFullSnapshot()
        break
      case 'remote-assist-request':
      case 'remote-assist-stopped':
      case 'scroll':
        if (inSession) remoteAssist.handle(message)
        break
      case 'annotation':
        if (inSession) annotations.handle(message.mark, message.by)
        break
    }
  }

  function refuseStart(callback: ((result: StartResult) => void) | undefined): void {
    const error =
      phase === 'live'
        ? { code: 1004, errorMsg: 'A session is already active in this browser.' }
        : { code: 1002, errorMsg: 'A connection is already in progress.' }
    emitLater('session_error', error)
    queueMicrotask(() => callSafely(callback, { success: false, error }))
  }

  const session: CustomerSession = {
    start(options: StartOptions, callback?: (result: StartResult) => void) {
      const answer = typeof callback === 'function' ? callback : undefined
      if (phase === 'starting' || phase === 'joining' || phase === 'reconnecting' || phase === 'live') {
        refuseStart(answer)
        return
      }
      phase = 'starting'
      startCallback = answer
      const { sdkToken, customPinCode } = (options ?? {}) as Partial<StartOptions>
      connection.open(() => ({
        t: 'start',
        token: typeof sdkToken === 'string' ? sdkToken : '',
        ...(typeof customPinCode === 'string' ? { customPinCode } : {}),
        browserId: deps.browserId(),
        ...deps.page(),
        features: deps.features,
      }))
    },
    join() {
      if (phase !== 'recoverable' || saved === undefined) {
        emitLater('session_error', { code: 1011, errorMsg: 'There is no recoverable session to join.' })
        return
      }
      phase = 'joining'
      connection.open(() => resumeMessage(saved))
    },
    end() {
      if (phase === 'idle' || phase === 'ended') return
      if (phase === 'failed') {
        phase = 'ended'
        emitLater('session_ended', { reason: FIDELITY.endReasons.byCustomer })
        return
      }
      if (phase === 'starting' || phase === 'live') connection.send({ t: 'end' })
      else if (saved !== undefined) endRemotely(deps.openSocket, resumeMessage(saved))
      if (phase === 'starting') {
        settleStart(
          { success: false, error: { code: 1001, errorMsg: 'The session was ended before it started.' } },
          true,
        )
      }
      finish(FIDELITY.endReasons.byCustomer, emitLater)
    },
    on: listeners.on,
    off: listeners.off,
    getSessionInfo() {
      const sessionStatus = SESSION_STATUS[phase]
      return knowsSession(phase) && saved !== undefined
        ? { sessionStatus, pinCode: saved.pin, sessionId: saved.sessionId }
        : { sessionStatus }
    },
    approveRemoteAssist: () => remoteAssist.approve(),
    declineRemoteAssist: () => remoteAssist.decline(),
    stopRemoteAssist: () => remoteAssist.stop(),
    setHostConsentUi: (enabled) => remoteAssist.setHostConsentUi(enabled === true),
  }

  return {
    session,
    pageHidden() {
      hidden = true
      // Closing now rather than whenever the browser gets to it lets the server see the page leave before the next
      // page of a refresh or navigation asks to resume (it refuses a resume while the old socket looks connected).
      if (phase === 'live') connection.drop()
    },
    pageShown() {
      hidden = false
      if (phase === 'live' && !connection.isConnected) loseConnection()
    },
  }
}
