import type { ServerToAgent } from '../protocol/messages.js'
import type { Peer } from './peer.js'
import type { Session } from './session.js'

/** The one type Zoom documents for `remoteAssist.remoteAssistTypes`. */
const DEFAULT_REMOTE_ASSIST_TYPE = 'scroll_page'

/**
 * An agent asks to control the page. Refused at once when the customer page did not enable remote assist or is not
 * connected; otherwise the customer is asked (its page decides whether to show a consent prompt).
 */
export function requestRemoteAssist(session: Session, peer: Peer<ServerToAgent>): void {
  const agent = session.agents.get(peer)
  if (!agent) return
  if (!session.features.remoteAssist.enable || !session.customerPeer) {
    peer.send({ t: 'remote-assist', status: 'declined' })
    return
  }
  if (session.remoteAssist !== 'idle') {
    peer.send({ t: 'remote-assist', status: session.remoteAssist })
    return
  }
  session.remoteAssist = 'requested'
  session.toAgents({ t: 'remote-assist', status: 'requested' })
  const remoteAssistType = session.features.remoteAssist.remoteAssistTypes[0] ?? DEFAULT_REMOTE_ASSIST_TYPE
  session.toCustomer({ t: 'remote-assist-request', agent, remoteAssistType })
}

/** The customer's answer to a pending request; returns false when nothing was pending. */
export function answerRemoteAssist(session: Session, answer: 'accept' | 'decline'): boolean {
  if (session.remoteAssist !== 'requested') return false
  session.remoteAssist = answer === 'accept' ? 'started' : 'idle'
  session.toAgents({ t: 'remote-assist', status: answer === 'accept' ? 'started' : 'declined' })
  return true
}

/** Ends remote assist (or withdraws a pending request) and tells both sides; returns false when it was off. */
export function stopRemoteAssist(session: Session, by: 'agent' | 'customer'): boolean {
  if (session.remoteAssist === 'idle') return false
  session.remoteAssist = 'idle'
  session.toAgents({ t: 'remote-assist', status: 'stopped' })
  session.toCustomer({ t: 'remote-assist-stopped', by })
  return true
}

/** Passes an agent's scroll to the customer page, only while remote assist runs; returns whether it was sent. */
export function forwardScroll(session: Session, peer: Peer<ServerToAgent>, x: number, y: number): boolean {
  if (session.remoteAssist !== 'started' || !session.agents.has(peer)) return false
  session.toCustomer({ t: 'scroll', x, y })
  return true
}
