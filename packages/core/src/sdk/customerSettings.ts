/**
 * Init settings of Zoom's customer SDK (`ZoomCobrowseSDK.init(settings, cb)`).
 *
 * Facts are tagged as in the kit's API reference: keys used in Zoom's official samples are typed strictly; keys seen
 * only in secondary sources are marked "unconfirmed" and typed permissively. Portal feature switches can override any
 * of these on Zoom's side.
 */

/** How masked fields are chosen. `'custom_input'` and `'all_input'` are documented; other values are unconfirmed. */
export type PiiMaskType = 'custom_input' | 'all_input' | (string & {})

/** Privacy masking: what the agent must never see. Masking is applied in the customer's page before sending. */
export interface PiiMaskSettings {
  /** `'custom_input'` masks what the selectors/attributes match; `'all_input'` masks every input. */
  maskType?: PiiMaskType
  /** Comma-separated CSS selector list, e.g. `".pii, #ssn"`. */
  maskCssSelectors?: string
  /**
   * Attribute filter such as `"data-sensitive=true"`.
   * Unconfirmed: only seen in secondary docs, so the exact syntax may differ on Zoom.
   */
  maskHTMLAttributes?: string
}

/** Remote-assist types. `'scroll_page'` is documented; 3.9.0 added an "edit form" mode whose value is unknown. */
export type RemoteAssistType = 'scroll_page' | (string & {})

/** Lets an agent act on the customer's page (today: scroll it) after the customer consents. */
export interface RemoteAssistSettings {
  enable?: boolean
  /** Show Zoom's own consent pop-up before remote assist starts. Documented behaviour; default unconfirmed (true?). */
  enableCustomerConsent?: boolean
  remoteAssistTypes?: RemoteAssistType[]
  /** Unconfirmed: only seen in secondary docs. */
  requireStopConfirmation?: boolean
}

/** Keeps the session alive across tabs of the same site (CDN mode; disabled by default). */
export interface SessionPersistenceSettings {
  enable?: boolean
  /** Cookie that carries the session state. Samples use custom keys; the default name is unconfirmed. */
  stateCookieKey?: string
}

/** Settings passed to `ZoomCobrowseSDK.init`. */
export interface CustomerInitSettings {
  /** The SDK key. Required when the SDK comes from npm (BYOP); not passed in CDN mode. */
  appKey?: string
  /** Allow the agent to draw on the customer's page. Default unconfirmed. */
  allowAgentAnnotation?: boolean
  /** Allow the customer to draw too. Default unconfirmed. */
  allowCustomerAnnotation?: boolean
  piiMask?: PiiMaskSettings
  remoteAssist?: RemoteAssistSettings
  multiTabSessionPersistence?: SessionPersistenceSettings
  /** Unconfirmed: an older name of `multiTabSessionPersistence` seen in one early sample. */
  allowSessionContinuation?: SessionPersistenceSettings
}
