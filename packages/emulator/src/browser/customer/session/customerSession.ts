/** Options of `session.start`. */
export interface StartOptions {
  /** Customer JWT (`role_type: 1`). */
  sdkToken: string
  /** BYOP only: letters and digits, at most 10. */
  customPinCode?: string
}

/** What the `start` callback receives. */
export interface StartResult {
  success: boolean
  error?: { code: number; errorMsg: string }
}

/** `session.getSessionInfo()`; `sessionStatus` takes the values of `FIDELITY.sessionStatus`. */
export interface SessionInfo {
  sessionStatus: string
  pinCode?: string
  sessionId?: string
}

/** The session object `init` hands out: Zoom's customer session API plus the emulator's remote-assist extensions. */
export interface CustomerSession {
  start(options: StartOptions, callback?: (result: StartResult) => void): void
  /** Resumes the session of a previous page when `getSessionInfo().sessionStatus` is `'session_recoverable'`. */
  join(): void
  end(): void
  on(name: string, handler: unknown): void
  off(name: string, handler: unknown): void
  getSessionInfo(): SessionInfo
  /**
   * Emulator extension, not a confirmed Zoom API (Zoom only shows its own pop-up): answers a pending remote-assist
   * request with yes, as the consent prompt's Allow button does. Lets a host page build its own consent UI.
   */
  approveRemoteAssist(): void
  /** Emulator extension, not a confirmed Zoom API: answers a pending remote-assist request with no (Deny). */
  declineRemoteAssist(): void
  /** Emulator extension, not a confirmed Zoom API: ends a running remote assist, as the banner's Stop button does. */
  stopRemoteAssist(): void
  /**
   * Emulator extension, not a confirmed Zoom API: the page shows its own consent dialog and banner (answering through
   * the methods above), so the SDK hides its own and the customer is never asked twice.
   */
  setHostConsentUi(enabled: boolean): void
}
