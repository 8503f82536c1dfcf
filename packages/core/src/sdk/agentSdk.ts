/**
 * The agent SDK of BYOP mode (`import { ZoomCobrowseAgentSDK } from '@zoom/cobrowsesdk/agent'`).
 * Its d.ts could not be read, so shapes come from Zoom's Quickstart and community samples; unconfirmed parts say so.
 */

/** Settings of `ZoomCobrowseAgentSDK.init`. */
export interface AgentInitSettings {
  appKey: string
  /** Where the viewer renders. Zoom's Quickstart passes an element, another sample a CSS selector. */
  zoomAppRoot: HTMLElement | string
  /** Unconfirmed (one community sample): host name such as `'us01-zcb.zoom.us'`. */
  zoomHostName?: string
}

export interface AgentJoinOptions {
  /** The customer's PIN (BYOP: the custom PIN, upper-cased). */
  pinCode: string
  /** Agent JWT (role_type 2). */
  sdkToken: string
}

export interface AgentCallbackResult {
  success: boolean
  /** Samples read `error.errorMsg`. */
  error?: { code?: number; errorMsg?: string }
}

export interface AgentViewerEndpointResult extends AgentCallbackResult {
  /** A Zoom-hosted viewer URL to load into your own iframe. */
  agentViewerUrl?: string
}

/** `getSessionInfo()` of the agent session; only `'session_recoverable'` is documented. */
export interface AgentSessionInfo {
  sessionStatus?: string
}

/**
 * Agent events seen in samples. Payloads are undocumented. The types list only what the kit reads and carry no index
 * signatures, so an SDK declared with its own interfaces (Zoom's d.ts, the emulator's) stays assignable.
 */
export interface AgentEventMap {
  session_joined: Record<never, never>
  session_left: Record<never, never>
  session_ended: { reason?: string }
  session_error: { code?: number; errorMsg?: string }
  /** Unconfirmed. */
  customer_focus_lost: Record<never, never>
  /** Unconfirmed. */
  customer_transferred: Record<never, never>
}

export type AgentEventName = keyof AgentEventMap

export interface AgentSession {
  /** Renders the viewer into `zoomAppRoot`. With no options, resumes a recoverable session. */
  join(options?: AgentJoinOptions, callback?: (result: AgentCallbackResult) => void): void
  createAgentViewerEndpoint(options: AgentJoinOptions, callback: (result: AgentViewerEndpointResult) => void): void
  /** Unconfirmed: samples probe for both `leave` and `end`. */
  leave?(): void
  end?(): void
  getSessionInfo(): AgentSessionInfo | undefined
  on<E extends AgentEventName>(event: E, handler: (payload: AgentEventMap[E]) => void): void
  off?<E extends AgentEventName>(event: E, handler: (payload: AgentEventMap[E]) => void): void
}

/** Undocumented: the extra object the agent init callback receives. */
export interface AgentSdkInfo {
  version?: string
}

export interface AgentInitResult {
  success: boolean
  sdkInfo?: AgentSdkInfo
  session?: AgentSession
  error?: { code?: number; errorMsg?: string }
}

/** The agent SDK object. */
export interface AgentSdk {
  init(settings: AgentInitSettings, callback: (result: AgentInitResult) => void): void
}
