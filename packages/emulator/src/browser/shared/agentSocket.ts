import type { AgentToServer, ServerToAgent } from '../../protocol/messages.js'
import { PATHS } from '../../protocol/paths.js'

/** What an {@link AgentSocket} reports. */
export interface AgentSocketHandlers {
  message(message: ServerToAgent): void
  /** The socket closed (or never opened) without `close()` being called. */
  closed(): void
}

/**
 * The agent's WebSocket URL on the page's own host: the desk and the viewer are both served by the emulator.
 *
 * @example
 * agentSocketUrl({ protocol: 'https:', host: 'localhost:4010' }) // 'wss://localhost:4010/zcb/ws?role=agent'
 */
export function agentSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${scheme}//${location.host}${PATHS.socket}?role=agent`
}

/**
 * The agent's end of the emulator protocol: typed JSON both ways. Messages sent before the socket opens wait for it,
 * so a caller can send `join` right after constructing.
 */
export class AgentSocket {
  readonly #socket: WebSocket
  readonly #handlers: AgentSocketHandlers
  #waiting: string[] = []
  #closedByUs = false

  constructor(url: string, handlers: AgentSocketHandlers) {
    this.#handlers = handlers
    this.#socket = new WebSocket(url)
    this.#socket.addEventListener('open', () => {
      for (const text of this.#waiting) this.#socket.send(text)
      this.#waiting = []
    })
    this.#socket.addEventListener('message', (event) => {
      const message = parseServerMessage(event.data)
      if (message) this.#handlers.message(message)
    })
    this.#socket.addEventListener('close', () => {
      if (!this.#closedByUs) this.#handlers.closed()
    })
  }

  send(message: AgentToServer): void {
    const text = JSON.stringify(message)
    if (this.#socket.readyState === WebSocket.CONNECTING) this.#waiting.push(text)
    else if (this.#socket.readyState === WebSocket.OPEN) this.#socket.send(text)
  }

  /** Closes without reporting `closed`: the caller already knows why. */
  close(): void {
    this.#closedByUs = true
    this.#waiting = []
    this.#socket.close(1000)
  }
}

function parseServerMessage(data: unknown): ServerToAgent | undefined {
  if (typeof data !== 'string') return undefined
  try {
    const value: unknown = JSON.parse(data)
    // The server is the emulator itself; checking the tag is enough to skip anything this page does not know.
    return typeof value === 'object' && value !== null && typeof (value as { t?: unknown }).t === 'string'
      ? (value as ServerToAgent)
      : undefined
  } catch {
    return undefined
  }
}
