import type { EmulatorWebhookOptions } from '../webhooks/createWebhookSender.js'

/** Options of `startEmulator` / `createEmulator` and of the CLI. */
export interface EmulatorOptions {
  /** Port to listen on (`startEmulator` only). Default 4010; 0 picks a free port. */
  port?: number
  /** Host to bind (`startEmulator` only). Default `127.0.0.1`. */
  host?: string
  /** The SDK key scripts and tokens must use. Default `DEV_SDK_KEY`. */
  sdkKey?: string
  /** The secret tokens are signed with. Default `DEV_SDK_SECRET`. */
  sdkSecret?: string
  /**
   * The API key REST requests must name (`iss` of the bearer JWT). Zoom's API credentials are not the SDK's: a token
   * signed with the SDK secret is refused. Default `DEV_API_KEY`.
   */
  apiKey?: string
  /** The secret REST bearer tokens are signed with. Default `DEV_API_SECRET`. */
  apiSecret?: string
  /** The REST API under `/v2/cobrowsesdk/`: rate limits, page tokens, history size, clock. */
  rest?: EmulatorRestOptions
  /** Send Zoom's cobrowse webhooks to these URLs. Default: none sent. */
  webhooks?: EmulatorWebhookOptions
  /** Zoom's durations and limits, shortened in tests. */
  timing?: Partial<EmulatorTiming>
  /**
   * Pads the customer SDK script to this many bytes (with a comment of random base64), so page-load measurements pay
   * for a script the size of Zoom's (about 3.4 MB) instead of the emulator's small stand-in. Default: not padded.
   */
  sdkScriptBytes?: number
  /** Serve `PATHS.devToken` (a token minting endpoint real Zoom does not have). Default true. */
  devTokenEndpoint?: boolean
  /** Called with one line per notable event (session started, agent joined, errors). Default: silent. */
  log?: (line: string) => void
}

/** The REST API's limits and clock; Zoom's values are the defaults (`REST_FIDELITY`). */
export interface EmulatorRestOptions {
  /**
   * Requests per API key: Light endpoints per second (default 30) and `past_sessions` (Resource-intensive) per minute
   * (default 10), Zoom Pro's limits. `false` turns rate limiting off.
   */
  rateLimit?: { lightPerSecond?: number; heavyPerMinute?: number } | false
  /** How long a `next_page_token` stays valid. Default 15 min, as Zoom. */
  pageTokenTtlMs?: number
  /** Ended sessions kept for `past_sessions`, the oldest dropped first. Default 10,000. */
  historyLimit?: number
  /**
   * The REST API's clock in epoch milliseconds (token `exp`, page-token expiry, rate windows, the default 24-hour
   * range), so tests can move time without waiting. Session times themselves are real. Default `Date.now`.
   */
  now?: () => number
}

/** Durations in milliseconds. Zoom's documented values are the defaults. */
export interface EmulatorTiming {
  /** How long a session stays recoverable after the customer's page went away (refresh, navigation). Zoom: 2 min. */
  recoveryWindowMs: number
  /** How long agents may wait in a session without a connected customer before it ends. Zoom: 3 min. */
  agentWaitMs: number
}

export const DEV_SDK_KEY = 'emulator-dev-key'
export const DEV_SDK_SECRET = 'emulator-dev-secret-do-not-use-in-production'

/** API key of the emulator's REST API when none is given. */
export const DEV_API_KEY = 'emulator-dev-api-key'
/** API secret of the emulator's REST API when none is given. */
export const DEV_API_SECRET = 'emulator-dev-api-secret-do-not-use-in-production'

export const ZOOM_TIMING: EmulatorTiming = {
  recoveryWindowMs: 120_000,
  agentWaitMs: 180_000,
}
