import type { ReactNode } from 'react'
import { AgentDeskFrame, type AgentDeskFrameProps } from './AgentDeskFrame.js'
import { AgentSdkViewer, type AgentSdkViewerProps } from './AgentSdkViewer.js'

/** `mode="desk"`: Zoom's hosted desk iframe. `mode="sdk"`: the BYOP agent SDK rendering into a container. */
export type AgentViewerProps =
  | ({ /** Zoom's hosted desk in an iframe; the agent types the PIN there. */ mode: 'desk' } & AgentDeskFrameProps)
  | ({ /** The BYOP agent SDK rendering into a container. */ mode: 'sdk' } & AgentSdkViewerProps)

/**
 * The agent's view of the customer's page, through Zoom's desk or through the BYOP agent SDK.
 *
 * @example
 * <AgentViewer mode="desk" token={{ url: '/api/cobrowse/agent-token' }} />
 * <AgentViewer mode="sdk" sdk={ZoomCobrowseAgentSDK} sdkKey={key} token={{ url: '/api/cobrowse/agent-token' }} />
 */
export function AgentViewer(props: AgentViewerProps): ReactNode {
  if (props.mode === 'desk') {
    const { mode: _, ...desk } = props
    return <AgentDeskFrame {...desk} />
  }
  const { mode: _, ...sdk } = props
  return <AgentSdkViewer {...sdk} />
}
