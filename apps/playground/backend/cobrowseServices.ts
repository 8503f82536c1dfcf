import { randomBytes } from 'node:crypto'
import { createEmulator, DEV_SDK_KEY, DEV_SDK_SECRET, type Emulator } from '@cobrowse-kit/emulator'
import { type CobrowseRestClient, createCobrowseRestClient } from '@cobrowse-kit/server'
import { API_PATHS } from './apiPaths.js'
import type { PlaygroundMode } from './playgroundMode.js'

/** The cobrowse service the playground talks to, and the credentials its API uses with it. */
export interface CobrowseServices {
  /** SDK key and secret for tokens. */
  sdkKey: string
  sdkSecret: string
  /** Signs webhooks; absent when webhooks are off. */
  webhookSecret: string | undefined
  /** The REST client; absent when no API credentials are configured. */
  rest: CobrowseRestClient | undefined
  /** The emulator mounted on the playground's own port; absent against real Zoom. */
  emulator: Emulator | undefined
  /** One line per feature, for the start banner. */
  describe(): string[]
  close(): Promise<void>
}

// Answers the agent console's ~2 s polling quickly when the API is slow; the next poll is the retry.
const REST_OPTIONS = { timeoutMs: 5000, retry: { maxRetries: 1 } }

/**
 * Creates the emulator (with webhooks to `<self>/api/cobrowse/webhooks` and a REST API at `<self>/v2`, all signed
 * with secrets made up for this process) or, in Zoom mode, only the clients for the credentials given.
 *
 * @example
 * const services = createCobrowseServices({ kind: 'emulator' }, 'http://127.0.0.1:5173', console.log)
 */
export function createCobrowseServices(
  mode: PlaygroundMode,
  self: string,
  log: (line: string) => void,
): CobrowseServices {
  if (mode.kind === 'zoom') {
    const rest = mode.rest && createCobrowseRestClient(mode.rest, REST_OPTIONS)
    return {
      sdkKey: mode.sdkKey,
      sdkSecret: mode.sdkSecret,
      webhookSecret: mode.webhookSecret,
      rest,
      emulator: undefined,
      describe: () => [
        'tokens          signed with ZOOM_SDK_KEY / ZOOM_SDK_SECRET; pages load Zoom from its origin',
        `webhooks        ${mode.webhookSecret ? `verified with ZOOM_WEBHOOK_SECRET at ${self}${API_PATHS.webhooks} (Zoom must reach it)` : 'off (set ZOOM_WEBHOOK_SECRET)'}`,
        `REST            ${rest ? 'Zoom API with ZOOM_API_KEY / ZOOM_API_SECRET' : 'off (set ZOOM_API_KEY and ZOOM_API_SECRET)'}`,
      ],
      close: async () => {},
    }
  }
  // Fresh per process: nothing to leak, nothing a browser bundle could contain.
  const webhookSecret = randomBytes(24).toString('base64url')
  const credentials = { apiKey: 'playground-api-key', apiSecret: randomBytes(24).toString('base64url') }
  const emulator = createEmulator({
    sdkKey: DEV_SDK_KEY,
    sdkSecret: DEV_SDK_SECRET,
    ...credentials,
    webhooks: { urls: [`${self}${API_PATHS.webhooks}`], secretToken: webhookSecret },
    // Tokens come from the playground's own endpoint, which refuses agents who have not signed in; the emulator's
    // dev endpoint would mint agent tokens for anyone.
    devTokenEndpoint: false,
    log: (line) => log(`[emulator] ${line}`),
  })
  return {
    sdkKey: emulator.sdkKey,
    sdkSecret: emulator.sdkSecret,
    webhookSecret,
    rest: createCobrowseRestClient(credentials, { ...REST_OPTIONS, baseUrl: `${self}/v2` }),
    emulator,
    describe: () => [
      `emulator        SDK key ${emulator.sdkKey}; customer SDK ${self}/static/resource/sdk/${emulator.sdkKey}/js`,
      `webhooks        emulator → ${self}${API_PATHS.webhooks}, signed with a per-process secret`,
      `REST            ${self}/v2 with a per-process API key and secret`,
    ],
    close: () => emulator.close(),
  }
}
