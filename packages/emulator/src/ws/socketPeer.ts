import { WebSocket } from 'ws'
import type { Peer } from '../sessions/peer.js'

/** Wraps a WebSocket as a session `Peer` that speaks JSON. */
export function createSocketPeer<Message>(socket: WebSocket): Peer<Message> {
  return {
    send(message) {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message))
    },
    close() {
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) socket.close(1000)
    },
  }
}
