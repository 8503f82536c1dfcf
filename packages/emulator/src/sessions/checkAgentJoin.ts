import { FIDELITY } from '../config/fidelity.js'
import type { UserInfo } from '../protocol/messages.js'
import type { Session } from './session.js'
import { ERROR_CODE, type SessionError, sessionError } from './sessionError.js'

/**
 * Zoom's rules for an agent joining the live session a PIN led to: there must be room for another agent (1013),
 * and the user must not be in the session already, as an agent or as the customer (1015).
 */
export function checkAgentJoin(session: Session, agent: UserInfo): SessionError | undefined {
  if (session.agents.size >= FIDELITY.maxAgents) {
    return sessionError(ERROR_CODE.agentCountLimit, `A session takes at most ${FIDELITY.maxAgents} agents`)
  }
  const userIds = [session.customer.userId, ...[...session.agents.values()].map((other) => other.userId)]
  if (userIds.includes(agent.userId)) {
    return sessionError(ERROR_CODE.duplicateUser, `User ${agent.userId} is already in this session`)
  }
  return undefined
}
