import type { ServerToAgent } from '../../protocol/messages.js'
import { NETWORK_ERROR_CODE } from './agentErrorDisplay.js'
import { AgentSocket } from './agentSocket.js'
import { AgentWorkspace } from './agentWorkspace.js'

type Joined = Extract<ServerToAgent, { t: 'joined' }>

export interface AgentConnectionOptions {
  pin: string
  token: string
  /** From `agentSocketUrl(location)`. */
  socketUrl: string
  /** Where the workspace renders once joined. */
  mount: HTMLElement
  /** Writes the page's status line. */
  announce(text: string): void
  joined?(joined: Joined): void
  /** Joining failed or the connection broke; `code` is the server's (Zoom's) code. */
  failed?(error: { code: number; message: string }): void
  /** The agent left (Leave button or `leave()`). */
  left?(): void
  ended?(reason: string): void
}

/**
 * One agent's visit to one session, shared by the desk and the BYOP viewer: joins over the socket, shows the
 * workspace while joined, and reports exactly one outcome (failed, left or ended), after which it is spent.
 */
export class AgentConnection {
  readonly #options: AgentConnectionOptions
  readonly #socket: AgentSocket
  #workspace: AgentWorkspace | undefined
  #customerName = ''
  #done = false

  constructor(options: AgentConnectionOptions) {
    this.#options = options
    this.#socket = new AgentSocket(options.socketUrl, {
      message: (message) => this.#receive(message),
      closed: () => this.#lost(),
    })
    this.#socket.send({ t: 'join', token: options.token, pin: options.pin })
  }

  /** True once joined and until the outcome. */
  get isJoined(): boolean {
    return this.#workspace !== undefined
  }

  /** True once the visit has had its outcome; the connection does nothing more. */
  get isOver(): boolean {
    return this.#done
  }

  /** Leaves the session (the customer is told); does nothing once the visit is over. */
  leave(): void {
    if (this.#done) return
    this.#socket.send({ t: 'leave' })
    this.#finish()
    this.#options.left?.()
  }

  #receive(message: ServerToAgent): void {
    if (this.#done) return
    switch (message.t) {
      case 'joined':
        this.#customerName = message.customer.userName
        this.#workspace = new AgentWorkspace({
          mount: this.#options.mount,
          joined: message,
          send: (outgoing) => this.#socket.send(outgoing),
          leave: () => this.leave(),
        })
        this.#options.announce(`Connected to ${this.#customerName}`)
        this.#options.joined?.(message)
        break
      case 'error':
        this.#finish()
        this.#options.failed?.({ code: message.code, message: message.message })
        break
      case 'ended':
        this.#finish()
        this.#options.ended?.(message.reason)
        break
      case 'customer-status':
        this.#options.announce(
          message.status === 'reconnecting' ? 'Customer is reconnecting…' : `Connected to ${this.#customerName}`,
        )
        break
      default:
        this.#workspace?.handle(message)
    }
  }

  #lost(): void {
    if (this.#done) return
    const wasJoined = this.isJoined
    this.#finish()
    this.#options.failed?.({
      code: NETWORK_ERROR_CODE,
      message: wasJoined ? 'The connection to the session was lost' : 'Could not reach the cobrowse service',
    })
  }

  #finish(): void {
    this.#done = true
    this.#workspace?.destroy()
    this.#workspace = undefined
    this.#socket.close()
  }
}
