import type { SessionFeatures } from '../../../protocol/messages.js'
import type { RemoteAssistMessage, RemoteAssistPart, SessionLink } from '../session/sessionLink.js'

/** The visible side of remote assist; each `show*` returns the function that removes what it showed. */
export interface RemoteAssistUi {
  showConsent(
    request: { agentName: string; remoteAssistType: string },
    answer: { allow(): void; deny(): void },
  ): () => void
  showBanner(remoteAssistType: string, stop: () => void): () => void
  scrollTo(x: number, y: number): void
}

type State =
  | { kind: 'off' }
  | { kind: 'pending'; type: string; agentName: string; close: () => void }
  | { kind: 'on'; type: string; close: () => void }

/**
 * Remote assist on the customer's side: answers requests (declines when the page disabled it or did not list the
 * type, asks the customer when consent is on, accepts at once otherwise), applies agent scrolls while it runs, and
 * stops from either side. A page with its own consent UI (`setHostConsentUi(true)`) gets the same requests and events
 * without the SDK's prompt and banner, so the customer never sees two.
 */
export function createRemoteAssist(
  settings: SessionFeatures['remoteAssist'],
  link: SessionLink,
  ui: RemoteAssistUi,
): RemoteAssistPart {
  let state: State = { kind: 'off' }
  // While the page shows its own consent UI, the requests, answers and events stay; only the SDK's own UI is skipped.
  let hostUi = false
  const hidden = () => {}
  const showConsent = (agentName: string, type: string) =>
    hostUi
      ? hidden
      : ui.showConsent(
          { agentName, remoteAssistType: type },
          { allow: () => part.approve(), deny: () => part.decline() },
        )
  const showBanner = (type: string) => (hostUi ? hidden : ui.showBanner(type, () => part.stop()))

  const accept = (type: string) => {
    if (state.kind !== 'off') state.close()
    link.send({ t: 'remote-assist', action: 'accept' })
    state = { kind: 'on', type, close: showBanner(type) }
    link.emit('remote_assist_started', { remoteAssistType: type })
  }

  const part: RemoteAssistPart = {
    handle(message: RemoteAssistMessage) {
      if (message.t === 'scroll') {
        if (state.kind === 'on') ui.scrollTo(message.x, message.y)
        return
      }
      if (message.t === 'remote-assist-stopped') {
        if (state.kind === 'off') return
        state.close()
        state = { kind: 'off' }
        link.emit('remote_assist_stopped', { by: message.by })
        return
      }
      const type = message.remoteAssistType
      const listed = settings.remoteAssistTypes.length === 0 || settings.remoteAssistTypes.includes(type)
      if (!settings.enable || !listed) {
        link.send({ t: 'remote-assist', action: 'decline' })
        return
      }
      // One request at a time: a repeat while asking, or while already on, changes nothing.
      if (state.kind !== 'off') return
      if (!settings.enableCustomerConsent) {
        accept(type)
        return
      }
      const { userId, userName } = message.agent
      state = { kind: 'pending', type, agentName: userName, close: showConsent(userName, type) }
      link.emit('remote_assist_requested', { remoteAssistType: type, userId, userName })
    },
    approve() {
      if (state.kind === 'pending') accept(state.type)
    },
    decline() {
      if (state.kind !== 'pending') return
      state.close()
      state = { kind: 'off' }
      link.send({ t: 'remote-assist', action: 'decline' })
      link.emit('remote_assist_stopped', { by: 'customer', reason: 'declined' })
    },
    stop() {
      if (state.kind === 'pending') return part.decline()
      if (state.kind !== 'on') return
      state.close()
      state = { kind: 'off' }
      link.send({ t: 'remote-assist', action: 'stop' })
      link.emit('remote_assist_stopped', { by: 'customer' })
    },
    reset() {
      if (state.kind !== 'off') state.close()
      state = { kind: 'off' }
    },
    setHostConsentUi(enabled) {
      if (enabled === hostUi) return
      hostUi = enabled
      // Whatever is on screen now switches sides: the host's UI took over, or went away and the SDK's must return.
      if (state.kind === 'pending') {
        state.close()
        state = { ...state, close: showConsent(state.agentName, state.type) }
      } else if (state.kind === 'on') {
        state.close()
        state = { ...state, close: showBanner(state.type) }
      }
    },
  }
  return part
}
