import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { EmulatorOptions } from './config/emulatorOptions.js'
import { createEmulator, type Emulator } from './createEmulator.js'
import { sendText } from './http/sendResponse.js'

/** An emulator listening on its own HTTP server. */
export interface RunningEmulator {
  /** Origin to give the kit instead of `https://us01-zcb.zoom.us`, e.g. `http://127.0.0.1:4010`. */
  url: string
  port: number
  sdkKey: string
  sdkSecret: string
  emulator: Emulator
  /** Closes the sockets, the timers and the server. */
  close(): Promise<void>
}

/** Port `startEmulator` and the CLI listen on when none is given. */
export const DEFAULT_PORT = 4010
/** Loopback only by default: the emulator signs tokens for anyone who asks. */
export const DEFAULT_HOST = '127.0.0.1'

/**
 * Starts the emulator on `host:port` (default `127.0.0.1:4010`; port 0 picks a free one).
 *
 * @example
 * const running = await startEmulator({ port: 0 })
 * // load `${running.url}/static/resource/sdk/${running.sdkKey}/js` in a page, then:
 * await running.close()
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const emulator = createEmulator(options)
  const server = createServer((req, res) => {
    if (!emulator.handleRequest(req, res)) sendText(res, 404, 'Not found')
  })
  server.on('upgrade', (req, socket, head) => {
    if (!emulator.handleUpgrade(req, socket, head)) socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
  })
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    else socket.destroy()
  })

  const host = options.host ?? DEFAULT_HOST
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const urlHost = host.includes(':') ? `[${host}]` : host

  return {
    url: `http://${urlHost}:${port}`,
    port,
    sdkKey: emulator.sdkKey,
    sdkSecret: emulator.sdkSecret,
    emulator,
    async close() {
      await emulator.close()
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}
