import type { ServerToCustomer } from '../../../protocol/messages.js'
import { PATHS } from '../../../protocol/paths.js'
import type { OpenSocket } from './customerSocket.js'

/** `ws(s)://{origin}{PATHS.socket}?role=customer` for the emulator at `origin`. */
export function customerSocketUrl(origin: string): string {
  const url = new URL(PATHS.socket, origin)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  url.searchParams.set('role', 'customer')
  return url.href
}

function parse(data: unknown): ServerToCustomer | undefined {
  if (typeof data !== 'string') return undefined
  try {
    const message: unknown = JSON.parse(data)
    const kind = typeof message === 'object' && message !== null ? (message as { t?: unknown }).t : undefined
    return typeof kind === 'string' ? (message as ServerToCustomer) : undefined
  } catch {
    return undefined
  }
}

/** Opens real WebSockets to `url`, speaking the JSON protocol of `protocol/messages.ts`. */
export function webSocketOpener(url: string): OpenSocket {
  return (handlers) => {
    let closed = false
    const closeOnce = () => {
      if (closed) return
      closed = true
      handlers.onClose()
    }
    let socket: WebSocket
    try {
      socket = new WebSocket(url)
    } catch {
      // A CSP `connect-src` refusal throws here; report it like any failed connection, asynchronously.
      queueMicrotask(closeOnce)
      return { send: () => {}, close: () => {} }
    }
    socket.addEventListener('open', () => handlers.onOpen())
    socket.addEventListener('message', (event) => {
      const message = parse(event.data)
      if (message !== undefined && !closed) handlers.onMessage(message)
    })
    socket.addEventListener('close', closeOnce)
    return {
      send(message) {
        if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message))
      },
      close() {
        closed = true
        socket.close()
      },
    }
  }
}
