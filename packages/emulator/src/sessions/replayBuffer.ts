/** rrweb's event types the buffer cares about (numeric values of rrweb's `EventType`). */
const FULL_SNAPSHOT = 2
const META = 4

/** Past this many events a late joiner's replay gets slow, so the customer is asked for a fresh full snapshot. */
export const REPLAY_BUFFER_SOFT_LIMIT = 2000

/** What the caller should do after `push`. */
export type ReplayBufferSignal = 'none' | 'request-snapshot'

/**
 * The rrweb events a late-joining agent needs to rebuild the page: the last full snapshot, the Meta event recorded
 * just before it, and everything since. Events before the first full snapshot are useless to a replayer and are
 * dropped (only a trailing Meta is kept, for the snapshot that follows it).
 */
export class ReplayBuffer {
  #events: unknown[] = []
  #hasSnapshot = false
  #snapshotRequested = false

  /** True once a full snapshot is buffered, i.e. a joining agent can replay without asking the customer. */
  get replayable(): boolean {
    return this.#hasSnapshot
  }

  get size(): number {
    return this.#events.length
  }

  push(event: unknown): ReplayBufferSignal {
    const type = eventType(event)
    if (type === FULL_SNAPSHOT) {
      const previous = this.#events.at(-1)
      this.#events = eventType(previous) === META ? [previous, event] : [event]
      this.#hasSnapshot = true
      this.#snapshotRequested = false
      return 'none'
    }
    if (!this.#hasSnapshot) {
      this.#events = type === META ? [event] : []
      return 'none'
    }
    this.#events.push(event)
    if (this.#events.length > REPLAY_BUFFER_SOFT_LIMIT && !this.#snapshotRequested) {
      this.#snapshotRequested = true
      return 'request-snapshot'
    }
    return 'none'
  }

  /** The events to send a joining agent, oldest first. */
  replay(): readonly unknown[] {
    return this.#hasSnapshot ? [...this.#events] : []
  }

  /** Forgets everything, e.g. when a reloaded page is about to send a new snapshot. */
  clear(): void {
    this.#events = []
    this.#hasSnapshot = false
    this.#snapshotRequested = false
  }
}

function eventType(event: unknown): unknown {
  return typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined
}
