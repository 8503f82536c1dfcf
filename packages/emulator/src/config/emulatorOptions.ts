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
  /** Zoom's durations and limits, shortened in tests. */
  timing?: Partial<EmulatorTiming>
  /** Serve `PATHS.devToken` (a token minting endpoint real Zoom does not have). Default true. */
  devTokenEndpoint?: boolean
  /** Called with one line per notable event (session started, agent joined, errors). Default: silent. */
  log?: (line: string) => void
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

export const ZOOM_TIMING: EmulatorTiming = {
  recoveryWindowMs: 120_000,
  agentWaitMs: 180_000,
}
