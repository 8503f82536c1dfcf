/**
 * The init settings the emulated customer SDK reads: the same keys as Zoom's `ZoomCobrowseSDK.init(settings)`. Pages
 * pass plain JavaScript objects, so every key is optional and `resolveSettings` reads them defensively.
 */

/** `piiMask`: what agents must never see. */
export interface PiiMaskSettings {
  /** `'custom_input'` (default) masks what the selectors and attributes match; `'all_input'` masks every field. */
  maskType?: string
  /** A comma-separated CSS selector list, e.g. `".pii, #ssn"`. */
  maskCssSelectors?: string
  /** Comma-separated `attr` or `attr=value` items, e.g. `"data-sensitive=true"`. */
  maskHTMLAttributes?: string
}

/** `remoteAssist`: lets an agent scroll the page after the customer agrees. */
export interface RemoteAssistSettings {
  enable?: boolean
  enableCustomerConsent?: boolean
  remoteAssistTypes?: string[]
}

/** `multiTabSessionPersistence` (and its older name `allowSessionContinuation`). */
export interface SessionPersistenceSettings {
  enable?: boolean
  stateCookieKey?: string
}

/** Everything `init` accepts. `appKey` is accepted and ignored: the script URL already names the key. */
export interface CustomerInitSettings {
  appKey?: string
  allowAgentAnnotation?: boolean
  allowCustomerAnnotation?: boolean
  piiMask?: PiiMaskSettings
  remoteAssist?: RemoteAssistSettings
  multiTabSessionPersistence?: SessionPersistenceSettings
  allowSessionContinuation?: SessionPersistenceSettings
}
