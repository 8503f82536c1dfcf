import { REST_FIDELITY } from '../config/restFidelity.js'
import type { Attendance } from '../sessions/attendance.js'
import type { SessionLifecycleListener } from '../sessions/sessionLifecycle.js'

/** What the REST API reads of a session, live or ended. A live `Session` is one as it stands. */
export interface SessionRecord {
  readonly id: string
  readonly pin: string
  readonly startedAt: Date
  readonly endedAt: Date | undefined
  /** Every join, in order; a user who rejoined appears once per join. */
  readonly attendances: readonly Attendance[]
}

/** An ended session, frozen at its end. */
export interface PastSession extends SessionRecord {
  readonly endedAt: Date
}

/**
 * The ended sessions `past_sessions` and `session_type=past` answer from. It listens to the registry's lifecycle and,
 * when a session ends, keeps a copy of its times and attendances only: the session object itself holds the replay
 * buffer, which is far too big to keep thousands of.
 *
 * @example
 * const history = new SessionHistory()
 * const registry = new SessionRegistry({ timing, log, onLifecycle: history.listener })
 */
export class SessionHistory {
  // A Map iterates in insertion order, which is the order sessions ended: the first key is the one to drop.
  readonly #byId = new Map<string, PastSession>()
  readonly #limit: number

  /** `limit`: how many ended sessions to keep, the oldest dropped first. */
  constructor(limit: number = REST_FIDELITY.historyLimit) {
    this.#limit = Math.max(0, Math.floor(limit))
  }

  /** Hand this to the registry's `onLifecycle` (directly or through a fan-out). */
  readonly listener: SessionLifecycleListener = (event) => {
    if (event.type !== 'session-ended') return
    const { id, pin, startedAt, endedAt, attendances } = event.session
    // The registry emits every user-left before session-ended, so each attendance is complete by now.
    this.#add({
      id,
      pin,
      startedAt,
      endedAt: endedAt ?? new Date(),
      attendances: attendances.map((attendance) => Object.freeze({ ...attendance })),
    })
  }

  /** Ended sessions, in the order they ended. */
  past(): PastSession[] {
    return [...this.#byId.values()]
  }

  /** The ended session with this id, if it is still kept. */
  find(sessionId: string): PastSession | undefined {
    return this.#byId.get(sessionId)
  }

  #add(session: PastSession): void {
    this.#byId.delete(session.id)
    this.#byId.set(session.id, Object.freeze(session))
    for (const oldest of this.#byId.keys()) {
      if (this.#byId.size <= this.#limit) break
      this.#byId.delete(oldest)
    }
  }
}
