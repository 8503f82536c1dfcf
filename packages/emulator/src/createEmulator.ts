import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { DEV_SDK_KEY, DEV_SDK_SECRET, type EmulatorOptions, ZOOM_TIMING } from './config/emulatorOptions.js'
import { createBundles } from './http/bundles.js'
import { createRequestHandler } from './http/createRequestHandler.js'
import { padCustomerSdk } from './http/customerSdkPadding.js'
import { createRestApi } from './rest/createRestApi.js'
import { resolveRestOptions } from './rest/resolveRestOptions.js'
import { SessionHistory } from './rest/sessionHistory.js'
import type { SessionSummary } from './sessions/session.js'
import type { SessionLifecycleListener } from './sessions/sessionLifecycle.js'
import { SessionRegistry } from './sessions/sessionRegistry.js'
import { createWebhookSender, type WebhookSender } from './webhooks/createWebhookSender.js'
import { createSocketGateway } from './ws/socketGateway.js'

/** A local stand-in for Zoom's cobrowse service, to mount into any Node HTTP server. */
export interface Emulator {
  readonly sdkKey: string
  readonly sdkSecret: string
  /** The API key REST bearer tokens must carry as `iss`. */
  readonly apiKey: string
  /** The secret REST bearer tokens are signed with. */
  readonly apiSecret: string
  /** Handles the request if it is one of the emulator's paths; returns false (and does nothing) otherwise. */
  handleRequest(req: IncomingMessage, res: ServerResponse): boolean
  /** Handles a WebSocket upgrade on `PATHS.socket`; returns false otherwise. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean
  /** Live sessions, for tests and logs. */
  listSessions(): SessionSummary[]
  /** Resolves once every webhook delivery queued so far has finished (retries included); at once without webhooks. */
  webhooksIdle(): Promise<void>
  /** Closes every socket, clears every timer and stops webhook deliveries. */
  close(): Promise<void>
}

/**
 * Creates the emulator without a server of its own, so a dev server can serve it beside the app on one port. Throws
 * `RestOptionsError` or `WebhookOptionsError` when those options cannot work, and `EmulatorOptionsError` for an
 * `sdkScriptBytes` it cannot serve.
 *
 * @example
 * const emulator = createEmulator({ log: console.log })
 * server.on('request', (req, res) => emulator.handleRequest(req, res) || app(req, res))
 * server.on('upgrade', (req, socket, head) => emulator.handleUpgrade(req, socket, head) || socket.destroy())
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const sdkKey = options.sdkKey ?? DEV_SDK_KEY
  const sdkSecret = options.sdkSecret ?? DEV_SDK_SECRET
  const log = options.log ?? (() => {})
  const restSettings = resolveRestOptions(options)
  const bundles = padCustomerSdk(createBundles(), options.sdkScriptBytes)
  const history = new SessionHistory(restSettings.historyLimit)
  const webhooks: WebhookSender | undefined = options.webhooks && createWebhookSender({ ...options.webhooks, log })
  // History first: a REST call made from a webhook receiver must already find the session the webhook is about.
  const listeners: SessionLifecycleListener[] = [history.listener, ...(webhooks ? [webhooks.listener] : [])]
  const registry = new SessionRegistry({
    timing: { ...ZOOM_TIMING, ...options.timing },
    log,
    onLifecycle: (event) => {
      for (const listener of listeners) listener(event)
    },
  })
  const gateway = createSocketGateway({ registry, sdkKey, sdkSecret, log })
  const handleRequest = createRequestHandler({
    registry,
    bundles,
    sdkKey,
    sdkSecret,
    devTokenEndpoint: options.devTokenEndpoint !== false,
    restApi: createRestApi({ settings: restSettings, live: () => registry.live(), history, log }),
    log,
  })

  return {
    sdkKey,
    sdkSecret,
    apiKey: restSettings.apiKey,
    apiSecret: restSettings.apiSecret,
    handleRequest,
    handleUpgrade: (req, socket, head) => gateway.handleUpgrade(req, socket, head),
    listSessions: () => registry.list(),
    webhooksIdle: async () => {
      await webhooks?.idle()
    },
    async close() {
      registry.close()
      await gateway.close()
      await webhooks?.close()
    },
  }
}
