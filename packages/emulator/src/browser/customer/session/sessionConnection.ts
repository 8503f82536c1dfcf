import type { CustomerToServer, ServerToCustomer } from '../../../protocol/messages.js'
import type { CustomerSocket, OpenSocket } from '../transport/customerSocket.js'

/** The session's one current connection. */
export interface SessionConnection {
  /** Replaces any current connection with a new one that sends `firstMessage()` once open. */
  open(firstMessage: () => CustomerToServer): void
  /** Closes the current connection; nothing it does afterwards reaches the session. */
  drop(): void
  /** Sends on the current connection; dropped while there is none (or it is not open yet). */
  send(message: CustomerToServer): void
  readonly isConnected: boolean
}

/**
 * Keeps one connection at a time. Messages and the close of a connection the session dropped or replaced are
 * ignored, so a late event from an old socket can never act on the current session.
 */
export function createSessionConnection(
  openSocket: OpenSocket,
  on: { message(message: ServerToCustomer): void; lost(): void },
): SessionConnection {
  let socket: CustomerSocket | undefined
  let current: object | undefined

  const drop = () => {
    const previous = socket
    current = undefined
    socket = undefined
    previous?.close()
  }

  return {
    open(firstMessage) {
      drop()
      const own = {}
      current = own
      socket = openSocket({
        onOpen: () => {
          if (current === own) socket?.send(firstMessage())
        },
        onMessage: (message) => {
          if (current === own) on.message(message)
        },
        onClose: () => {
          if (current !== own) return
          current = undefined
          socket = undefined
          on.lost()
        },
      })
    },
    drop,
    send: (message) => socket?.send(message),
    get isConnected() {
      return socket !== undefined
    },
  }
}

/**
 * Ends a session this page can no longer reach on its own connection (recoverable after a refresh, or mid-reconnect):
 * resumes it on a one-off connection just to send `end`.
 */
export function endRemotely(openSocket: OpenSocket, resume: CustomerToServer): void {
  const remote: CustomerSocket = openSocket({
    onOpen: () => remote.send(resume),
    onMessage: (message) => {
      if (message.t === 'resumed') remote.send({ t: 'end' })
      remote.close()
    },
    onClose: () => {},
  })
}
