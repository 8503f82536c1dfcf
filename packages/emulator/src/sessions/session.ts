import { randomBytes } from 'node:crypto'
import type { ServerToAgent, ServerToCustomer, SessionFeatures, UserInfo } from '../protocol/messages.js'
import type { Attendance, AttendeeRole } from './attendance.js'
import type { Peer } from './peer.js'
import { ReplayBuffer } from './replayBuffer.js'

const MAX_TIMER_MS = 2 ** 31 - 1

/** A live session as `listSessions()` reports it. */
export interface SessionSummary {
  id: string
  pin: string
  customer: UserInfo
  customerConnected: boolean
  agents: UserInfo[]
  /** ISO 8601. */
  startedAt: string
}

/** Remote assist of a session: off, asked for (waiting on the customer), or on. */
export type RemoteAssistState = 'idle' | 'requested' | 'started'

/** The two ways a session ends on its own: the customer did not come back, or agents waited too long. */
export type SessionTimer = 'recovery' | 'agentWait'

/** What a session starts with. */
export interface SessionInit {
  pin: string
  customer: UserInfo
  customerPeer: Peer<ServerToCustomer>
  browserId: string
  site: string
  url: string
  features: SessionFeatures
}

/** One cobrowse session: its customer, its agents, what they may do, and the replay a late agent needs. */
export class Session {
  readonly id = randomBytes(12).toString('base64url')
  /** Secret the customer page keeps to resume after a reload or from another tab. */
  readonly resumeKey = randomBytes(24).toString('base64url')
  readonly startedAt = new Date()
  /** Set by the registry when the session ends. */
  endedAt: Date | undefined
  /** Every join so far, in order, including those that already left. */
  readonly attendances: Attendance[] = []
  readonly #present = new Map<Peer<never>, Attendance>()
  readonly #zoomUserIds = new Map<string, string>()
  /** The page the customer started on (`start_url` of `cobrowse.session_started`). */
  readonly startUrl: string
  readonly pin: string
  readonly customer: UserInfo
  readonly browserId: string
  readonly site: string
  readonly features: SessionFeatures
  url: string
  /** `undefined` while the customer's page is gone (reload, navigation, network). */
  customerPeer: Peer<ServerToCustomer> | undefined
  readonly agents = new Map<Peer<ServerToAgent>, UserInfo>()
  readonly replay = new ReplayBuffer()
  remoteAssist: RemoteAssistState = 'idle'
  ended = false
  readonly #timers = new Map<SessionTimer, ReturnType<typeof setTimeout>>()

  constructor(init: SessionInit) {
    this.pin = init.pin
    this.customer = init.customer
    this.customerPeer = init.customerPeer
    this.browserId = init.browserId
    this.site = init.site
    this.url = init.url
    this.startUrl = init.url
    this.features = init.features
  }

  toCustomer(message: ServerToCustomer): void {
    this.customerPeer?.send(message)
  }

  toAgents(message: ServerToAgent, except?: Peer<ServerToAgent>): void {
    for (const peer of this.agents.keys()) if (peer !== except) peer.send(message)
  }

  /** Starts `timer` unless it already runs: the deadline counts from the first cause, not the latest. */
  startTimer(timer: SessionTimer, ms: number, onExpire: () => void): void {
    if (this.#timers.has(timer)) return
    const handle = setTimeout(
      () => {
        this.#timers.delete(timer)
        onExpire()
      },
      // setTimeout fires at once for delays past 2^31 - 1 ms; a huge window means "practically never".
      Math.min(ms, MAX_TIMER_MS),
    )
    // A forgotten emulator must not keep a test runner or a dev server alive on its own.
    handle.unref()
    this.#timers.set(timer, handle)
  }

  stopTimer(timer: SessionTimer): void {
    clearTimeout(this.#timers.get(timer))
    this.#timers.delete(timer)
  }

  stopTimers(): void {
    for (const handle of this.#timers.values()) clearTimeout(handle)
    this.#timers.clear()
  }

  hasTimer(timer: SessionTimer): boolean {
    return this.#timers.has(timer)
  }

  /** Records that `user` joined through `peer`; the same JWT user keeps one Zoom user id across joins. */
  attend(peer: Peer<never>, user: UserInfo, role: AttendeeRole): Attendance {
    const key = `${role}:${user.userId}`
    let zoomUserId = this.#zoomUserIds.get(key)
    if (!zoomUserId) {
      zoomUserId = randomBytes(16).toString('base64url')
      this.#zoomUserIds.set(key, zoomUserId)
    }
    const attendance: Attendance = {
      connectionId: randomBytes(16).toString('base64url'),
      zoomUserId,
      user,
      role,
      joinedAt: new Date(),
    }
    this.attendances.push(attendance)
    this.#present.set(peer, attendance)
    return attendance
  }

  /** Ends the stay that joined through `peer`; `undefined` when it already ended (or never began). */
  leave(peer: Peer<never>, reason: string): Attendance | undefined {
    const attendance = this.#present.get(peer)
    if (!attendance) return undefined
    this.#present.delete(peer)
    attendance.leftAt = new Date()
    attendance.leaveReason = reason
    return attendance
  }

  /** The attendance of whoever is connected through `peer`. */
  attendanceOf(peer: Peer<never>): Attendance | undefined {
    return this.#present.get(peer)
  }

  /** Everyone connected right now, in join order. */
  present(): Peer<never>[] {
    return [...this.#present.keys()]
  }

  summary(): SessionSummary {
    return {
      id: this.id,
      pin: this.pin,
      customer: this.customer,
      customerConnected: this.customerPeer !== undefined,
      agents: [...this.agents.values()],
      startedAt: this.startedAt.toISOString(),
    }
  }
}
