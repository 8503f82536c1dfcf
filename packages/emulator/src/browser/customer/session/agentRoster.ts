import type { UserInfo } from '../../../protocol/messages.js'
import type { EmitCustomerEvent } from './customerEvents.js'

/** `agent_left` reason for an agent who left while this page was disconnected (the server did not say why). */
export const LEFT_WHILE_DISCONNECTED = 'left_while_disconnected'

/** The agents in the session as the page has been told, so a resume reports only what changed. */
export interface AgentRoster {
  joined(agent: UserInfo): void
  left(agent: UserInfo, reason: string): void
  /** After a resume: `agent_left` for whoever went, `agent_joined` for whoever came (everyone, on a new page). */
  sync(present: UserInfo[]): void
  clear(): void
}

export function createAgentRoster(emit: EmitCustomerEvent): AgentRoster {
  const agents = new Map<string, UserInfo>()
  const roster: AgentRoster = {
    joined(agent) {
      agents.set(agent.userId, agent)
      emit('agent_joined', { userId: agent.userId, userName: agent.userName })
    },
    left(agent, reason) {
      agents.delete(agent.userId)
      emit('agent_left', { userId: agent.userId, userName: agent.userName, reason })
    },
    sync(present) {
      const ids = new Set(present.map((agent) => agent.userId))
      for (const [id, agent] of agents) if (!ids.has(id)) roster.left(agent, LEFT_WHILE_DISCONNECTED)
      for (const agent of present) if (!agents.has(agent.userId)) roster.joined(agent)
    },
    clear() {
      agents.clear()
    },
  }
  return roster
}
