import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { parseRequestUrl } from '../http/parseRequestUrl.js'
import { PATHS } from '../protocol/paths.js'
import { attachAgent } from './agentChannel.js'
import type { ChannelContext } from './channelContext.js'
import { attachCustomer } from './customerChannel.js'

// Full snapshots of big pages run to several megabytes; anything far beyond that is not a page.
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024

/** The WebSocket endpoint of both roles. */
export interface SocketGateway {
  /** Accepts an upgrade on `PATHS.socket?role=customer|agent`; returns false for any other path. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean
  /** Drops every connection at once (no goodbye: the emulator is going away). */
  close(): Promise<void>
}

/** The WebSocket side of the emulator, mountable on any HTTP server's `upgrade` event. */
export function createSocketGateway(context: ChannelContext): SocketGateway {
  const server = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  let closed = false

  return {
    handleUpgrade(req, socket, head) {
      const url = parseRequestUrl(req.url)
      if (url?.pathname !== PATHS.socket) return false
      const role = url.searchParams.get('role')
      if (closed || (role !== 'customer' && role !== 'agent')) {
        socket.end(`HTTP/1.1 ${closed ? '503 Service Unavailable' : '400 Bad Request'}\r\nConnection: close\r\n\r\n`)
        return true
      }
      socket.on('error', (error) => context.log(`socket error during upgrade: ${error.message}`))
      try {
        server.handleUpgrade(req, socket, head, (ws) => {
          if (role === 'customer') attachCustomer(ws, context)
          else attachAgent(ws, context)
        })
      } catch (error) {
        context.log(`upgrade failed: ${error instanceof Error ? error.message : String(error)}`)
        socket.destroy()
      }
      return true
    },
    close() {
      closed = true
      for (const client of server.clients) client.terminate()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
