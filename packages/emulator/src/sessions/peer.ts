/**
 * One connected client as the session logic sees it. The WebSocket layer implements it; keeping sockets out of the
 * session code lets the rules be read (and tested) without a network.
 */
export interface Peer<Message> {
  /** Sends one protocol message; does nothing once the connection is closing. */
  send(message: Message): void
  /** Closes the connection after everything already sent. Safe to call twice. */
  close(): void
}
