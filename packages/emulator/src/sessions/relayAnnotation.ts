import type { AnnotationMark, ServerToAgent } from '../protocol/messages.js'
import type { Peer } from './peer.js'
import type { Session } from './session.js'

/**
 * Shares an agent's mark with the customer and the other agents, if the customer page allowed agent annotation.
 * Returns whether it was relayed (a refused mark is dropped, not answered: the page's settings are the authority).
 */
export function relayAgentAnnotation(session: Session, peer: Peer<ServerToAgent>, mark: AnnotationMark): boolean {
  const agent = session.agents.get(peer)
  if (!agent || !session.features.allowAgentAnnotation) return false
  session.toCustomer({ t: 'annotation', mark, by: agent })
  session.toAgents({ t: 'annotation', mark, by: agent }, peer)
  return true
}

/** Shares a customer's mark with every agent, if the customer page allowed customer annotation. */
export function relayCustomerAnnotation(session: Session, mark: AnnotationMark): boolean {
  if (!session.features.allowCustomerAnnotation) return false
  session.toAgents({ t: 'annotation', mark, by: session.customer })
  return true
}
