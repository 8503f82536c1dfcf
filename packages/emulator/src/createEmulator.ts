import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { DEV_SDK_KEY, DEV_SDK_SECRET, type EmulatorOptions, ZOOM_TIMING } from './config/emulatorOptions.js'
import { createBundles } from './http/bundles.js'
import { createRequestHandler } from './http/createRequestHandler.js'
import type { SessionSummary } from './sessions/session.js'
import { SessionRegistry } from './sessions/sessionRegistry.js'
import { createSocketGateway } from './ws/socketGateway.js'

/** A local stand-in for Zoom's cobrowse service, to mount into any Node HTTP server. */
export interface Emulator {
  readonly sdkKey: string
  readonly sdkSecret: string
  /** Handles the request if it is one of the emulator's paths; returns false (and does nothing) otherwise. */
  handleRequest(req: IncomingMessage, res: ServerResponse): boolean
  /** Handles a WebSocket upgrade on `PATHS.socket`; returns false otherwise. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean
  /** Live sessions, for tests and logs. */
  listSessions(): SessionSummary[]
  /** Closes every socket and clears every timer. */
  close(): Promise<void>
}

/**
 * Creates the emulator without a server of its own, so a dev server can serve it beside the app on one port.
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
  const registry = new SessionRegistry({ timing: { ...ZOOM_TIMING, ...options.timing }, log })
  const gateway = createSocketGateway({ registry, sdkKey, sdkSecret, log })
  const handleRequest = createRequestHandler({
    registry,
    bundles: createBundles(),
    sdkKey,
    sdkSecret,
    devTokenEndpoint: options.devTokenEndpoint !== false,
    log,
  })

  return {
    sdkKey,
    sdkSecret,
    handleRequest,
    handleUpgrade: (req, socket, head) => gateway.handleUpgrade(req, socket, head),
    listSessions: () => registry.list(),
    async close() {
      registry.close()
      await gateway.close()
    },
  }
}
