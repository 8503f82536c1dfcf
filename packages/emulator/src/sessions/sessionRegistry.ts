import { timingSafeEqual } from 'node:crypto'
import type { EmulatorTiming } from '../config/emulatorOptions.js'
import { FIDELITY } from '../config/fidelity.js'
import type { ServerToAgent, ServerToCustomer, SessionFeatures, UserInfo } from '../protocol/messages.js'
import { checkAgentJoin } from './checkAgentJoin.js'
import { checkCustomPin } from './checkCustomPin.js'
import { generatePin } from './generatePin.js'
import { LEAVE_REASON } from './leaveReason.js'
import type { Peer } from './peer.js'
import { stopRemoteAssist } from './remoteAssist.js'
import { Session, type SessionSummary } from './session.js'
import { ERROR_CODE, type SessionError, sessionError } from './sessionError.js'
import type { SessionLifecycleListener } from './sessionLifecycle.js'

/** The durations the registry enforces, and where it reports what happens. */
export interface SessionRegistryOptions {
  timing: EmulatorTiming
  log: (line: string) => void
  /** Told of every start, join, leave and end (webhooks and the REST history listen here). */
  onLifecycle?: SessionLifecycleListener
}

/** The session a start, resume or join entered, or the Zoom error that refused it. */
export type SessionResult = { ok: true; session: Session } | { ok: false; error: SessionError }

/** A customer's `start`, after its token was verified. */
export interface StartRequest {
  customer: UserInfo
  /** The token had `enable_byop: 1`. */
  byop: boolean
  customPinCode?: unknown
  browserId: string
  site: string
  url: string
  features: SessionFeatures
}

/** A customer's `resume`: the session and the secret the page kept from `started`. */
export interface ResumeRequest {
  sessionId: string
  resumeKey: string
  url: string
}

/**
 * Every live session, by id and by PIN, and the rules of Zoom's session lifecycle: start, resume after a reload or
 * in another tab, agents joining and leaving, the recovery and agent-wait deadlines, and the end.
 */
export class SessionRegistry {
  readonly #byId = new Map<string, Session>()
  readonly #byPin = new Map<string, Session>()
  readonly #timing: EmulatorTiming
  readonly #log: (line: string) => void
  readonly #emit: SessionLifecycleListener

  constructor(options: SessionRegistryOptions) {
    this.#timing = options.timing
    this.#log = options.log
    this.#emit = options.onLifecycle ?? (() => {})
  }

  start(peer: Peer<ServerToCustomer>, request: StartRequest): SessionResult {
    let customPin: string | undefined
    // Without BYOP Zoom ignores a customPinCode and generates the PIN itself.
    if (request.byop) {
      const check = checkCustomPin(request.customPinCode)
      if (!check.ok) return check
      customPin = check.pin
    }
    const live = [...this.#byId.values()].find((s) => s.browserId === request.browserId && s.site === request.site)
    if (live) {
      // Multi-tab persistence does not lift the limit: another tab joins the live session with resume, not start.
      const hint = live.features.multiTabSessionPersistence ? '; resume it from this tab instead' : ''
      return fail(ERROR_CODE.sessionCountLimit, `This browser already has a live session on ${request.site}${hint}`)
    }
    if (customPin !== undefined && this.#byPin.has(customPin)) {
      return fail(ERROR_CODE.pinConflict, 'This custom PIN is already used by a live session')
    }
    const pin = customPin ?? generatePin((candidate) => this.#byPin.has(candidate))
    const session = new Session({ ...request, pin, customerPeer: peer })
    this.#byId.set(session.id, session)
    this.#byPin.set(pin, session)
    const { id: sessionId, resumeKey, customer: user } = session
    peer.send({ t: 'started', sessionId, pin, resumeKey, user })
    this.#log(`session ${sessionId} started by ${describe(user)}, PIN ${pin}${request.byop ? ' (BYOP)' : ''}`)
    const attendance = session.attend(peer, user, 'customer')
    this.#emit({ type: 'session-started', session, by: attendance })
    this.#emit({ type: 'user-joined', session, attendance })
    return { ok: true, session }
  }

  resume(peer: Peer<ServerToCustomer>, request: ResumeRequest): SessionResult {
    const session = this.#recoverable(request.sessionId, request.resumeKey)
    if (!session) {
      return fail(ERROR_CODE.joinFailed, 'There is no session to resume: it ended or the resume key is wrong')
    }
    const previous = session.customerPeer
    if (previous) {
      if (!session.features.multiTabSessionPersistence) {
        return fail(ERROR_CODE.customerCountLimit, 'A customer is already connected to this session')
      }
      // Detach first, so the old tab's closing socket is not taken for a customer who dropped.
      session.customerPeer = undefined
      stopRemoteAssist(session, 'customer')
      previous.send({ t: 'ended', reason: FIDELITY.endReasons.movedToAnotherTab })
      previous.close()
      this.#left(session, previous, LEAVE_REASON.left)
    }
    session.customerPeer = peer
    session.url = request.url
    session.stopTimers()
    // The page is new: it records a fresh full snapshot, and older events would replay onto the wrong document.
    session.replay.clear()
    const { id: sessionId, pin, resumeKey, customer: user } = session
    peer.send({ t: 'resumed', sessionId, pin, resumeKey, user, agents: [...session.agents.values()] })
    session.toAgents({ t: 'customer-status', status: 'connected' })
    this.#emit({ type: 'user-joined', session, attendance: session.attend(peer, user, 'customer') })
    this.#log(`session ${sessionId} resumed${previous ? ' in another tab' : ''}`)
    return { ok: true, session }
  }

  join(peer: Peer<ServerToAgent>, agent: UserInfo, pin: string): SessionResult {
    const session = this.#byPin.get(pin.toUpperCase())
    if (!session || session.ended) return fail(ERROR_CODE.pinNotFound, 'No live session has this PIN')
    const refusal = checkAgentJoin(session, agent)
    if (refusal) return { ok: false, error: refusal }
    session.agents.set(peer, agent)
    const { id: sessionId, customer, features } = session
    peer.send({ t: 'joined', sessionId, pin: session.pin, agent, customer, features })
    for (const event of session.replay.replay()) peer.send({ t: 'rrweb', event })
    if (session.remoteAssist !== 'idle') peer.send({ t: 'remote-assist', status: session.remoteAssist })
    if (!session.customerPeer) {
      peer.send({ t: 'customer-status', status: 'reconnecting' })
      this.#startAgentWait(session)
    } else if (!session.replay.replayable) {
      session.toCustomer({ t: 'snapshot-request' })
    }
    session.toCustomer({ t: 'agent-joined', agent })
    this.#log(`session ${sessionId}: agent ${describe(agent)} joined (${session.agents.size} agent(s))`)
    this.#emit({ type: 'user-joined', session, attendance: session.attend(peer, agent, 'agent') })
    return { ok: true, session }
  }

  /** The customer's socket closed without `end`: the session waits for the page to come back. */
  customerDisconnected(session: Session, peer: Peer<ServerToCustomer>): void {
    if (session.ended || session.customerPeer !== peer) return
    session.customerPeer = undefined
    stopRemoteAssist(session, 'customer')
    session.toAgents({ t: 'customer-status', status: 'reconnecting' })
    this.#left(session, peer, LEAVE_REASON.disconnected)
    // Zoom documents two deadlines that overlap: a reloading customer has 2 min to come back, and agents wait at most
    // 3 min for a customer. Neither is said to replace the other, so both run as documented and the first one due
    // ends the session (with Zoom's defaults that is the recovery window; tests shorten either one).
    session.startTimer('recovery', this.#timing.recoveryWindowMs, () => {
      this.end(session, FIDELITY.endReasons.notRecovered)
    })
    if (session.agents.size > 0) this.#startAgentWait(session)
    this.#log(`session ${session.id}: customer disconnected, recoverable for ${this.#timing.recoveryWindowMs} ms`)
  }

  agentLeft(session: Session, peer: Peer<ServerToAgent>, reason: string): void {
    const agent = session.agents.get(peer)
    if (session.ended || !agent) return
    session.agents.delete(peer)
    session.toCustomer({ t: 'agent-left', agent, reason })
    if (session.agents.size === 0) {
      session.stopTimer('agentWait')
      stopRemoteAssist(session, 'agent')
    }
    this.#log(`session ${session.id}: agent ${describe(agent)} left (${reason})`)
    this.#left(session, peer, reason)
  }

  /** Ends the session for everyone and frees its PIN; `by` is the peer that asked, absent when a timer did. */
  end(session: Session, reason: string, by?: Peer<never>): void {
    if (session.ended) return
    const ender = by && session.attendanceOf(by)
    session.ended = true
    session.endedAt = new Date()
    session.stopTimers()
    this.#byId.delete(session.id)
    this.#byPin.delete(session.pin)
    const peers: Array<Peer<ServerToCustomer> | Peer<ServerToAgent>> = [...session.agents.keys()]
    if (session.customerPeer) peers.push(session.customerPeer)
    session.customerPeer = undefined
    session.agents.clear()
    for (const peer of peers) {
      peer.send({ t: 'ended', reason })
      peer.close()
    }
    this.#log(`session ${session.id} ended (${reason})`)
    for (const peer of session.present()) this.#left(session, peer, LEAVE_REASON.sessionEnded)
    this.#emit({ type: 'session-ended', session, reason, ...(ender ? { by: ender } : {}) })
  }

  /** What a reloaded page may ask before it decides between `join()` (resume) and a new `start()`. */
  recoveryStatus(sessionId: string, resumeKey: string): { recoverable: boolean; pin?: string } {
    const session = this.#recoverable(sessionId, resumeKey)
    return session ? { recoverable: true, pin: session.pin } : { recoverable: false }
  }

  list(): SessionSummary[] {
    return [...this.#byId.values()].map((session) => session.summary())
  }

  /** Live sessions, oldest first. */
  live(): Session[] {
    return [...this.#byId.values()]
  }

  /** Forgets every session and stops every timer; the socket layer closes the connections. */
  close(): void {
    for (const session of this.#byId.values()) {
      session.ended = true
      session.stopTimers()
    }
    this.#byId.clear()
    this.#byPin.clear()
  }

  #recoverable(sessionId: string, resumeKey: string): Session | undefined {
    const session = this.#byId.get(sessionId)
    return session && !session.ended && secretsEqual(session.resumeKey, resumeKey) ? session : undefined
  }

  #left(session: Session, peer: Peer<never>, reason: string): void {
    const attendance = session.leave(peer, reason)
    if (attendance) this.#emit({ type: 'user-left', session, attendance })
  }

  #startAgentWait(session: Session): void {
    session.startTimer('agentWait', this.#timing.agentWaitMs, () => this.end(session, FIDELITY.endReasons.agentWait))
  }
}

function secretsEqual(expected: string, given: string): boolean {
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

function fail(code: number, message: string): SessionResult {
  return { ok: false, error: sessionError(code, message) }
}

function describe(user: UserInfo): string {
  return `${JSON.stringify(user.userName)} (${user.userId})`
}
