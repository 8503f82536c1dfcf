import {
  type Agent,
  type CobrowseError,
  type SessionState,
  type SessionStore,
  selectAgents,
  selectError,
  selectPin,
} from '@cobrowse-kit/core'
import type { EmbedEventMap, EmbedEventName } from '../shared/embedOptions.js'
import type { EmbedBridge } from '../shared/embedUi.js'
import { reportThrown } from './reportThrown.js'

type EmbedAgent = EmbedEventMap['agents']['agents'][number]

const toEmbedAgent = (agent: Agent): EmbedAgent =>
  agent.name ? { userId: agent.id, userName: agent.name } : { userId: agent.id }

/**
 * Forwards the session's changes to the loader as `CobrowseKit.on` events: `status` on every status change (and once
 * at once, so the loader knows where the widget starts), `pin` when a new PIN is shown, `agents` when the connected
 * agents change, `error` (also printed through `reportError`) and `ended`. A throwing listener is reported, never
 * allowed to break the store. Returns the unsubscribe.
 *
 * @example
 * const stop = bridgeSession(store, bridge)
 */
export function bridgeSession(store: SessionStore, bridge: EmbedBridge): () => void {
  const send = <Name extends EmbedEventName>(name: Name, payload: EmbedEventMap[Name]) => {
    try {
      bridge.emit(name, payload)
    } catch (error) {
      reportThrown(bridge, error)
    }
  }
  const report = (error: CobrowseError) => {
    send('error', { code: error.code, message: error.message, hint: error.hint })
    try {
      bridge.reportError({ code: String(error.code), message: error.message, hint: error.hint })
    } catch {
      // The loader's own reporter failed; there is nowhere left to report to.
    }
  }

  let previous: SessionState = store.getState()
  send('status', { status: previous.status })
  return store.subscribe((state) => {
    const before = previous
    previous = state
    if (state.status !== before.status) send('status', { status: state.status })
    const pin = selectPin(state)
    if (pin !== undefined && pin !== selectPin(before)) send('pin', { pin })
    const agents = selectAgents(state)
    if (agents !== selectAgents(before)) send('agents', { agents: agents.map(toEmbedAgent) })
    const error = selectError(state)
    if (error && error !== selectError(before)) report(error)
    if (state.status === 'ended' && before.status !== 'ended') send('ended', { reason: state.reason })
  })
}
