/**
 * The public shape of the emulator's BYOP agent SDK, modelled on `@zoom/cobrowsesdk/agent` as Zoom's samples use it.
 * Self-contained on purpose: the emulator stands in for Zoom and imports nothing from the kit.
 */

/** Settings of `ZoomCobrowseAgentSDK.init`. */
export interface AgentInitSettings {
  appKey: string
  /** Where the viewer iframe renders: an element or a CSS selector. */
  zoomAppRoot: HTMLElement | string
  /**
   * The service to talk to. With Zoom it is a host such as `'us01-zcb.zoom.us'`; here it may be a host
   * (`'localhost:4010'`, the page's scheme is used) or an origin (`'http://localhost:4010'`). Default: the origin
   * this module was loaded from.
   */
  zoomHostName?: string
}

/** What `join` and `createAgentViewerEndpoint` need. */
export interface AgentJoinOptions {
  /** The customer's PIN (BYOP: the custom PIN; compared upper-cased). */
  pinCode: string
  /** Agent JWT (`role_type` 2). */
  sdkToken: string
}

/** An error as callbacks and `session_error` carry it: Zoom's code and a sentence. */
export interface AgentError {
  code: number
  errorMsg: string
}

export interface AgentCallbackResult {
  success: boolean
  error?: AgentError
}

export interface AgentViewerEndpointResult extends AgentCallbackResult {
  /** The viewer URL to load into your own iframe. */
  agentViewerUrl?: string
}

/** `getSessionInfo()`: `sessionStatus` is one of `FIDELITY.sessionStatus`. */
export interface AgentSessionInfo {
  sessionStatus: string
}

/** The agent session's events and their payloads (Zoom leaves the payloads undocumented). */
export interface AgentEventMap {
  session_joined: { pinCode: string; sessionId: string; customer: { userId: string; userName: string } }
  session_left: Record<string, never>
  session_ended: { reason: string }
  session_error: AgentError
  /** Seen in a community sample (unconfirmed); accepted for listeners, never emitted by the emulator. */
  customer_focus_lost: Record<string, never>
  /** Seen in a community sample (unconfirmed); accepted for listeners, never emitted by the emulator. */
  customer_transferred: Record<string, never>
}

export type AgentEventName = keyof AgentEventMap

export type AgentEventHandler<E extends AgentEventName> = (payload: AgentEventMap[E]) => void

export interface AgentSession {
  /** Renders the viewer into `zoomAppRoot` and joins the customer's session. */
  join(options?: AgentJoinOptions, callback?: (result: AgentCallbackResult) => void): void
  /** The viewer URL for an iframe of your own, without joining from here. */
  createAgentViewerEndpoint(options: AgentJoinOptions, callback: (result: AgentViewerEndpointResult) => void): void
  /** Leaves the session and removes the viewer. */
  leave(): void
  /**
   * Same as `leave()`: in the emulator only the customer can end a session (Zoom's desk offers "end" to agents, but
   * what it does for the customer is undocumented).
   */
  end(): void
  getSessionInfo(): AgentSessionInfo
  on<E extends AgentEventName>(event: E, handler: AgentEventHandler<E>): void
  off<E extends AgentEventName>(event: E, handler: AgentEventHandler<E>): void
}

/** The extra object the init callback receives. */
export interface AgentSdkInfo {
  version: string
}

export interface AgentInitResult {
  success: boolean
  sdkInfo?: AgentSdkInfo
  session?: AgentSession
  error?: AgentError
}

/** The SDK object, `ZoomCobrowseAgentSDK`. */
export interface AgentSdk {
  init(settings: AgentInitSettings, callback: (result: AgentInitResult) => void): void
}
