import { randomUUID } from 'node:crypto'
import { WebSocket } from 'ws'
import { type SignSdkTokenOptions, signSdkToken } from '../auth/signSdkToken.js'
import type {
  AgentToServer,
  CustomerToServer,
  ServerToAgent,
  ServerToCustomer,
  SessionFeatures,
} from '../protocol/messages.js'
import { PATHS } from '../protocol/paths.js'

/**
 * A scripted WebSocket client of the emulator's protocol (`@cobrowse-kit/emulator/testing`), for Node tests that drive
 * sessions without a browser: it queues what it receives so a test can await the next message of a given type, with a
 * bounded wait instead of sleeps.
 */
export interface ProtocolTestClient<In extends { t: string }, Out> {
  send(message: Out): void
  /** Sends raw text, for malformed-input tests. */
  sendRaw(text: string): void
  /** Takes the first unread message of type `t` (earlier unread messages of other types stay queued). */
  next<T extends In['t']>(t: T, timeoutMs?: number): Promise<Extract<In, { t: T }>>
  /** Unread messages, oldest first. */
  unread(): In[]
  /** Resolves with the close code once the server (or the test) closed the socket. */
  readonly closed: Promise<number>
  close(): void
}

/** A test client in the customer role. */
export type CustomerClient = ProtocolTestClient<ServerToCustomer, CustomerToServer>
/** A test client in the agent role. */
export type AgentClient = ProtocolTestClient<ServerToAgent, AgentToServer>

const DEFAULT_WAIT_MS = 2000

/** Connects as a customer to the emulator at `origin` (`http://host:port`). */
export function openCustomer(origin: string): Promise<CustomerClient> {
  return openClient(origin, 'customer')
}

/** Connects as an agent to the emulator at `origin`. */
export function openAgent(origin: string): Promise<AgentClient> {
  return openClient(origin, 'agent')
}

async function openClient<In extends { t: string }, Out>(
  origin: string,
  role: 'customer' | 'agent',
): Promise<ProtocolTestClient<In, Out>> {
  const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}${PATHS.socket}?role=${role}`)
  const queue: In[] = []
  const waiters = new Set<() => void>()
  socket.on('message', (data) => {
    queue.push(JSON.parse(String(data)) as In)
    for (const wake of waiters) wake()
  })
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)))
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })

  return {
    send: (message) => socket.send(JSON.stringify(message)),
    sendRaw: (text) => socket.send(text),
    unread: () => [...queue],
    closed,
    close: () => socket.close(),
    next(t, timeoutMs = DEFAULT_WAIT_MS) {
      return new Promise((resolve, reject) => {
        const take = (): boolean => {
          const index = queue.findIndex((message) => message.t === t)
          if (index < 0) return false
          const [message] = queue.splice(index, 1)
          resolve(message as Extract<In, { t: typeof t }>)
          return true
        }
        if (take()) return
        const timer = setTimeout(() => {
          waiters.delete(wake)
          reject(new Error(`No ${role} message of type ${t} within ${timeoutMs} ms; unread: ${JSON.stringify(queue)}`))
        }, timeoutMs)
        const wake = () => {
          if (!take()) return
          clearTimeout(timer)
          waiters.delete(wake)
        }
        waiters.add(wake)
      })
    },
  }
}

/** Features with every tool on unless overridden. */
export function allFeatures(overrides: Partial<SessionFeatures> = {}): SessionFeatures {
  return {
    allowAgentAnnotation: true,
    allowCustomerAnnotation: true,
    remoteAssist: { enable: true, enableCustomerConsent: true, remoteAssistTypes: ['scroll_page'] },
    multiTabSessionPersistence: false,
    ...overrides,
  }
}

type TokenOptions = Partial<Omit<SignSdkTokenOptions, 'sdkKey' | 'sdkSecret'>> & { sdkKey: string; sdkSecret: string }

/** A `start` message with a fresh browser id and a valid customer token; override any field. */
export function startMessage(
  credentials: TokenOptions,
  overrides: Partial<Extract<CustomerToServer, { t: 'start' }>> = {},
): Extract<CustomerToServer, { t: 'start' }> {
  return {
    t: 'start',
    token: signSdkToken({ role: 1, userId: 'customer-1', userName: 'Casey', ...credentials }),
    browserId: randomUUID(),
    site: 'http://shop.test',
    url: 'http://shop.test/checkout',
    features: allFeatures(),
    ...overrides,
  }
}

/** A `join` message with a valid agent token for `pin`. */
export function joinMessage(credentials: TokenOptions, pin: string): Extract<AgentToServer, { t: 'join' }> {
  return { t: 'join', token: signSdkToken({ role: 2, userId: randomUUID(), userName: 'Avery', ...credentials }), pin }
}
