import { FIDELITY } from '../../config/fidelity.js'
import type {
  AgentCallbackResult,
  AgentError,
  AgentEventMap,
  AgentSession,
  AgentViewerEndpointResult,
} from './agentSdkTypes.js'
import { checkJoinOptions } from './checkJoinOptions.js'
import { createEventRegistry } from './eventRegistry.js'
import { isViewerMessage, SDK_MESSAGE_SOURCE, type SdkToViewer } from './viewerMessages.js'
import { buildViewerUrl } from './viewerUrl.js'

/** Where a session renders and whom it talks to. */
export interface AgentSessionContext {
  /** The emulator's origin (see `resolveServiceOrigin`). */
  origin: string
  /** The element the viewer iframe fills. */
  root: HTMLElement
  /** The embedding page's window: its origin is passed to the viewer, its `message` events carry the viewer's reports. */
  window: Window
}

/** The `allow` list every one of Zoom's samples puts on the agent iframe. */
export const VIEWER_IFRAME_ALLOW = 'autoplay *; camera *; microphone *; display-capture *; geolocation *;'

// After `leave()` the viewer gets this long to tell the server before its iframe is removed anyway.
const LEAVE_GRACE_MS = 1000

const { sessionStatus } = FIDELITY

/**
 * The BYOP agent session: `join` renders the emulator's viewer page in an iframe inside the root element and turns
 * the viewer's `postMessage` reports into callbacks and events. Only messages from that iframe's window and the
 * emulator's origin count.
 */
export function createAgentSession(context: AgentSessionContext): AgentSession {
  const { origin, root, window } = context
  const events = createEventRegistry<AgentEventMap>()
  let status: string = sessionStatus.idle
  let frame: HTMLIFrameElement | undefined
  let pinCode = ''
  let joinCallback: ((result: AgentCallbackResult) => void) | undefined

  const settleJoin = (result: AgentCallbackResult) => {
    const callback = joinCallback
    joinCallback = undefined
    if (callback) guarded(callback, result)
  }

  window.addEventListener('message', (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== origin) return
    if (!isViewerMessage(event.data)) return
    const report = event.data
    switch (report.type) {
      case 'joined':
        status = sessionStatus.inSession
        settleJoin({ success: true })
        events.emit('session_joined', { pinCode, sessionId: report.sessionId, customer: report.customer })
        break
      case 'error': {
        status = sessionStatus.idle
        const error: AgentError = { code: report.code, errorMsg: report.errorMsg }
        settleJoin({ success: false, error })
        events.emit('session_error', error)
        break
      }
      case 'left':
        status = sessionStatus.idle
        events.emit('session_left', {})
        break
      case 'ended':
        status = sessionStatus.ended
        events.emit('session_ended', { reason: report.reason })
        break
    }
  })

  const retire = (leaving: HTMLIFrameElement) => {
    leaving.style.display = 'none'
    const done = () => {
      clearTimeout(timer)
      window.removeEventListener('message', onAck)
      leaving.remove()
    }
    const onAck = (event: MessageEvent) => {
      if (event.source !== leaving.contentWindow || event.origin !== origin) return
      if (isViewerMessage(event.data) && event.data.type === 'left') done()
    }
    const timer = setTimeout(done, LEAVE_GRACE_MS)
    window.addEventListener('message', onAck)
    const leave: SdkToViewer = { source: SDK_MESSAGE_SOURCE, type: 'leave' }
    leaving.contentWindow?.postMessage(leave, origin)
  }

  const leave = () => {
    const leaving = frame
    if (!leaving) return
    frame = undefined
    const wasActive = status === sessionStatus.connecting || status === sessionStatus.inSession
    status = sessionStatus.idle
    settleJoin({ success: false, error: { code: 1011, errorMsg: 'Left before the session was joined' } })
    retire(leaving)
    if (wasActive) events.emit('session_left', {})
  }

  return {
    join(options, callback) {
      const checked = checkJoinOptions(options)
      if ('error' in checked) return later(callback, { success: false, error: checked.error })
      if (status === sessionStatus.connecting || status === sessionStatus.inSession) {
        return later(callback, { success: false, error: { code: 1002, errorMsg: 'Already joining or in a session' } })
      }
      frame?.remove()
      pinCode = checked.pin
      status = sessionStatus.connecting
      joinCallback = callback
      frame = root.ownerDocument.createElement('iframe')
      frame.title = 'Cobrowse agent viewer'
      frame.setAttribute('allow', VIEWER_IFRAME_ALLOW)
      frame.style.cssText = 'width:100%;height:100%;border:0;display:block'
      frame.src = buildViewerUrl(origin, { pin: checked.pin, token: checked.token, parent: window.location.origin })
      root.append(frame)
    },
    createAgentViewerEndpoint(options, callback) {
      const checked = checkJoinOptions(options)
      const result: AgentViewerEndpointResult =
        'error' in checked
          ? { success: false, error: checked.error }
          : {
              success: true,
              agentViewerUrl: buildViewerUrl(origin, {
                pin: checked.pin,
                token: checked.token,
                parent: window.location.origin,
              }),
            }
      later(callback, result)
    },
    leave,
    end: leave,
    getSessionInfo: () => ({ sessionStatus: status }),
    on: events.on,
    off: events.off,
  }
}

/** Callbacks run after the call returns, as Zoom's do, and a throwing one cannot break the session's state. */
function later<T>(callback: ((result: T) => void) | undefined, result: T): void {
  if (callback) setTimeout(() => guarded(callback, result), 0)
}

function guarded<T>(callback: (result: T) => void, result: T): void {
  try {
    callback(result)
  } catch (error) {
    console.error('[cobrowse emulator] an agent SDK callback threw', error)
  }
}
