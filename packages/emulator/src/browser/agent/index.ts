/**
 * The emulator's BYOP agent SDK, shaped like `@zoom/cobrowsesdk/agent`. Import it from the emulator
 * (`import { ZoomCobrowseAgentSDK } from 'http://localhost:4010/zcb/agent-sdk.js'`) or as
 * `@cobrowse-kit/emulator/agent`; code written for Zoom's SDK runs unchanged.
 */
import type { AgentSdk } from './agentSdkTypes.js'
import { createAgentSdk } from './createAgentSdk.js'

export type {
  AgentCallbackResult,
  AgentError,
  AgentEventHandler,
  AgentEventMap,
  AgentEventName,
  AgentInitResult,
  AgentInitSettings,
  AgentJoinOptions,
  AgentSdk,
  AgentSdkInfo,
  AgentSession,
  AgentSessionInfo,
  AgentViewerEndpointResult,
} from './agentSdkTypes.js'
export { AGENT_SDK_VERSION } from './createAgentSdk.js'

/** The agent SDK object, as `@zoom/cobrowsesdk/agent` exports it. */
export const ZoomCobrowseAgentSDK: AgentSdk = createAgentSdk(import.meta.url)
