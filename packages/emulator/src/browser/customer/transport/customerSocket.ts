import type { CustomerToServer, ServerToCustomer } from '../../../protocol/messages.js'

/** What the session hears from one connection. `onClose` fires once, whether the socket failed or closed. */
export interface SocketHandlers {
  onOpen(): void
  onMessage(message: ServerToCustomer): void
  onClose(): void
}

/** One connection to the emulator, as the session uses it. */
export interface CustomerSocket {
  /** Dropped when the socket is not open. */
  send(message: CustomerToServer): void
  close(): void
}

/**
 * Opens a connection; the session core takes this as a dependency so tests can inject a fake socket. Handlers are
 * called asynchronously, never from inside the `OpenSocket` call itself (as with a real WebSocket).
 */
export type OpenSocket = (handlers: SocketHandlers) => CustomerSocket
