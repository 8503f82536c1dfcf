import type { Session } from './session.js'

/**
 * Sends one rrweb event from the customer page to every agent and keeps it for agents who join later. Events are
 * relayed untouched: masking already happened in the page, so no unmasked text ever reaches the server.
 */
export function relayRrweb(session: Session, event: unknown): void {
  session.toAgents({ t: 'rrweb', event })
  if (session.replay.push(event) === 'request-snapshot') session.toCustomer({ t: 'snapshot-request' })
}
