import type { ScrollPosition } from './scrollTarget.js'

/** About 20 scroll messages a second: smooth enough to follow, few enough not to flood the customer. */
export const SCROLL_INTERVAL_MS = 50

/** See {@link createScrollThrottle}. */
export interface ScrollThrottle {
  /** Offers the newest target; it is sent now or at the end of the current interval. */
  push(target: ScrollPosition): void
  /** Drops a target waiting for its interval. */
  cancel(): void
}

/**
 * Rate-limits remote-assist scroll messages: the first target goes out at once, later ones within the interval are
 * folded into one trailing send of the newest target, so the customer always ends where the agent stopped.
 *
 * @example
 * const throttle = createScrollThrottle((target) => socket.send({ t: 'scroll', ...target }))
 * view.addEventListener('wheel', () => throttle.push(nextTarget))
 */
export function createScrollThrottle(
  send: (target: ScrollPosition) => void,
  intervalMs = SCROLL_INTERVAL_MS,
): ScrollThrottle {
  let lastSentAt = Number.NEGATIVE_INFINITY
  let pending: ScrollPosition | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  const flush = () => {
    timer = undefined
    if (!pending) return
    const target = pending
    pending = undefined
    lastSentAt = Date.now()
    send(target)
  }

  return {
    push(target) {
      pending = target
      if (timer !== undefined) return
      const wait = lastSentAt + intervalMs - Date.now()
      if (wait <= 0) flush()
      else timer = setTimeout(flush, wait)
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
      pending = undefined
    },
  }
}
