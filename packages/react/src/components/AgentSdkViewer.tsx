import type { AgentSessionConfig, AgentSessionStore } from '@cobrowse-kit/core'
import { type ReactNode, useEffect, useRef } from 'react'
import { useAgentSession } from '../hooks/useAgentSession.js'
import { useLatestRef } from '../hooks/useLatestRef.js'
import { useCobrowseMessages } from '../messages/useCobrowseMessages.js'
import { AgentPinEntry } from './AgentPinEntry.js'

/**
 * Props of `<AgentViewer mode="sdk">`: the agent session's configuration (`sdk`, `sdkKey`, `token`, `user`) or a
 * `store` from `createAgentSessionStore()`, plus the options below.
 */
export type AgentSdkViewerProps = (
  | AgentSessionConfig
  | { /** An agent session store you created. */ store: AgentSessionStore }
) & {
  /** Join this PIN at once; without it a PIN field is shown. */
  pin?: string
  /** Called on every state change, e.g. to log or route. */
  onStatusChange?: (status: string) => void
  /** Extra class on the root element; the kit's own classes start with `cbk-`. */
  className?: string
}

/** Zoom's BYOP agent SDK rendering the customer's page into a container, with join, leave and errors. */
export function AgentSdkViewer({ pin, onStatusChange, className, ...options }: AgentSdkViewerProps): ReactNode {
  const m = useCobrowseMessages()
  const agent = useAgentSession(options)
  const statusText: Record<typeof agent.status, string> = {
    idle: '',
    joining: m.agentJoining,
    joined: m.agentJoined,
    left: m.agentLeft,
    ended: m.agentSessionEnded,
    error: '',
  }
  const container = useRef<HTMLDivElement>(null)
  const latest = useLatestRef(onStatusChange)

  useEffect(() => {
    latest.current?.(agent.status)
  }, [agent.status, latest])
  // Unmounting (e.g. switching to the desk) leaves the session; leave() does nothing unless joining or joined.
  useEffect(() => () => agent.store.leave(), [agent.store])
  // biome-ignore lint/correctness/useExhaustiveDependencies: joins once per PIN given as a prop.
  useEffect(() => {
    if (pin && container.current) void agent.join(pin, container.current)
  }, [pin])

  const showEntry = !pin && agent.status !== 'joined' && agent.status !== 'joining'
  return (
    <div className={className ? `cbk-agent-viewer ${className}` : 'cbk-agent-viewer'} data-state={agent.status}>
      {showEntry && (
        <AgentPinEntry
          onSubmit={(value) => container.current && void agent.join(value, container.current)}
          {...(agent.error ? { error: `${m.errorMessage(agent.error)} ${m.errorHint(agent.error)}` } : {})}
        />
      )}
      <div className="cbk-agent-viewer__bar">
        <p role="status" className="cbk-agent-viewer__status">
          {statusText[agent.status]}
        </p>
        {agent.status === 'joined' && (
          <button type="button" onClick={agent.leave}>
            {m.leave}
          </button>
        )}
      </div>
      {pin && agent.error && (
        <p role="alert">
          {m.errorMessage(agent.error)} {m.errorHint(agent.error)}
        </p>
      )}
      <div ref={container} className="cbk-agent-viewer__container" />
    </div>
  )
}
