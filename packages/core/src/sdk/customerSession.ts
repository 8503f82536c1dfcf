import type { CustomerEventHandler, CustomerEventName } from './customerEvents.js'
import type { CustomerInitSettings } from './customerSettings.js'

/** Value of `getSessionInfo().sessionStatus` after a refresh, when `join()` can resume the session. */
export const SESSION_RECOVERABLE = 'session_recoverable'

/**
 * `session.getSessionInfo()`. Only `'session_recoverable'` is a documented status; other values are unknown, so the
 * type stays open.
 */
export interface SessionInfo {
  sessionStatus?: typeof SESSION_RECOVERABLE | (string & {})
  /** Seen in an early Zoom sample only. */
  pinCode?: string
  [key: string]: unknown
}

/** Options of `session.start`. */
export interface StartSessionOptions {
  /** Customer JWT (role_type 1) minted by your server. */
  sdkToken: string
  /** BYOP only (`enable_byop: 1` in the token): letters and digits, at most 10, upper-cased by Zoom. */
  customPinCode?: string
}

/** Result passed to the optional `start` callback (seen in samples, unconfirmed). */
export interface StartSessionResult {
  success: boolean
  error?: unknown
}

/** The customer session returned by `init`. */
export interface CustomerSession {
  start(options: StartSessionOptions, callback?: (result: StartSessionResult) => void): void
  /** Resume after a refresh, when `getSessionInfo().sessionStatus === 'session_recoverable'`. */
  join(): void
  end(): void
  on<E extends CustomerEventName>(event: E, handler: CustomerEventHandler<E>): void
  /** Unconfirmed: never seen in Zoom's samples. The kit calls it only when present. */
  off?<E extends CustomerEventName>(event: E, handler: CustomerEventHandler<E>): void
  getSessionInfo(): SessionInfo | undefined
  /**
   * Not in Zoom's published API: answers a pending remote-assist request from the host's own consent UI. Zoom's SDK
   * asks the customer with its own pop-up; the kit's emulator offers these so a host-driven flow can be built and
   * tested. The kit calls them only when present.
   */
  approveRemoteAssist?(): void
  /** See `approveRemoteAssist`. */
  declineRemoteAssist?(): void
  /** See `approveRemoteAssist`: ends remote assist from the customer's side. */
  stopRemoteAssist?(): void
  /**
   * Not in Zoom's published API (the kit's emulator has it): tells the SDK the host shows its own consent dialog and
   * banner, so the SDK hides its own and the customer is not asked twice. The kit calls it only when present.
   */
  setHostConsentUi?(enabled: boolean): void
}

/** Error object of a failed `init`. Undocumented shape: read it with `toCobrowseError()`. */
export interface SdkErrorPayload {
  code?: number
  errorMsg?: string
  message?: string
  [key: string]: unknown
}

/** What the `init` callback receives. */
export interface CustomerInitResult {
  success: boolean
  session?: CustomerSession
  error?: SdkErrorPayload
}

/**
 * The customer SDK: `window.ZoomCobrowseSDK` from the CDN script, or the `ZoomCobrowseSDK` export of
 * `@zoom/cobrowsesdk/customer` in BYOP mode.
 */
export interface CustomerSdk {
  /** Checks browser support, then calls back. No other call is allowed before the callback fires. */
  init(settings: CustomerInitSettings, callback: (result: CustomerInitResult) => void): void
}
