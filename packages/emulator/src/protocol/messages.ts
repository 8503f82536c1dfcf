/**
 * The emulator's wire protocol: JSON messages over one WebSocket (`PATHS.socket`). Zoom's real protocol is private;
 * this one only has to carry what the public SDK API exposes. Shared by the server and the browser bundles, so it must
 * stay free of Node and DOM imports.
 */

/** What the customer page allowed at init, sent with `start` so agents know which tools to offer. */
export interface SessionFeatures {
  allowAgentAnnotation: boolean
  allowCustomerAnnotation: boolean
  remoteAssist: { enable: boolean; enableCustomerConsent: boolean; remoteAssistTypes: string[] }
  multiTabSessionPersistence: boolean
}

/** A user as the SDK events expose it. `userId` is the JWT's `user_id`, `userName` its `user_name`. */
export interface UserInfo {
  userId: string
  userName: string
}

/** One annotation, in the customer's document coordinates (CSS px from the top-left of the page, not the viewport). */
export type AnnotationMark =
  | {
      kind: 'stroke'
      id: string
      tool: 'pen' | 'vanishing-pen' | 'rectangle'
      color: string
      points: Array<[number, number]>
    }
  | { kind: 'erase'; id: string }
  | { kind: 'undo' }
  | { kind: 'clear' }

/* --- customer → server ------------------------------------------------------------------------------------------ */

export type CustomerToServer =
  | {
      t: 'start'
      token: string
      customPinCode?: string
      /** Stable per browser (localStorage): one live session per browser and site (1004). */
      browserId: string
      /** `location.origin` of the customer page. */
      site: string
      url: string
      features: SessionFeatures
    }
  | { t: 'resume'; sessionId: string; resumeKey: string; browserId: string; site: string; url: string }
  /** An rrweb event, already masked in the page. */
  | { t: 'rrweb'; event: unknown }
  | { t: 'remote-assist'; action: 'accept' | 'decline' | 'stop' }
  | { t: 'annotation'; mark: AnnotationMark }
  | { t: 'end' }

/* --- server → customer ------------------------------------------------------------------------------------------ */

export type ServerToCustomer =
  | { t: 'started'; sessionId: string; pin: string; resumeKey: string; user: UserInfo }
  | { t: 'resumed'; sessionId: string; pin: string; resumeKey: string; user: UserInfo; agents: UserInfo[] }
  /** `code` is a Zoom error code (1001…, 2001). After an error the server closes the socket. */
  | { t: 'error'; code: number; message: string }
  | { t: 'agent-joined'; agent: UserInfo }
  | { t: 'agent-left'; agent: UserInfo; reason: string }
  /** A late agent joined, or the buffer grew: take a new full snapshot. */
  | { t: 'snapshot-request' }
  | { t: 'remote-assist-request'; agent: UserInfo; remoteAssistType: string }
  | { t: 'remote-assist-stopped'; by: 'agent' | 'customer' }
  /** Agent-driven scroll, in document coordinates; only sent while remote assist is on. */
  | { t: 'scroll'; x: number; y: number }
  | { t: 'annotation'; mark: AnnotationMark; by: UserInfo }
  | { t: 'ended'; reason: string }

/* --- agent → server --------------------------------------------------------------------------------------------- */

export type AgentToServer =
  | { t: 'join'; token: string; pin: string }
  | { t: 'leave' }
  | { t: 'remote-assist'; action: 'request' | 'stop' }
  | { t: 'scroll'; x: number; y: number }
  | { t: 'annotation'; mark: AnnotationMark }

/* --- server → agent --------------------------------------------------------------------------------------------- */

export type ServerToAgent =
  | {
      t: 'joined'
      sessionId: string
      pin: string
      agent: UserInfo
      customer: UserInfo
      features: SessionFeatures
    }
  | { t: 'error'; code: number; message: string }
  /** Mirrored page events; a joining agent first gets everything since the last full snapshot. */
  | { t: 'rrweb'; event: unknown }
  | { t: 'customer-status'; status: 'connected' | 'reconnecting' }
  | { t: 'remote-assist'; status: 'requested' | 'started' | 'declined' | 'stopped' }
  | { t: 'annotation'; mark: AnnotationMark; by: UserInfo }
  | { t: 'ended'; reason: string }
