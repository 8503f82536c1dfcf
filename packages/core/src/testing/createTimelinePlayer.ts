import { delay } from './delay.js'

/** Plays scripted steps one after another. */
export interface TimelinePlayer<S> {
  /**
   * Queues `steps` behind anything already playing and resolves after the last one ran. `isCancelled` is checked
   * before each step, so a session that ended drops the rest of its own script.
   */
  play(steps: readonly S[], isCancelled?: () => boolean): Promise<void>
}

/**
 * Creates a player that waits `stepDelayMs` before each step, then hands it to `apply` (which may return a promise,
 * e.g. for a `wait` step).
 *
 * Scripts share one queue: a test's `play([...])` issued while the fake still plays its `onStart` script runs after
 * it, so events never interleave in surprising orders.
 *
 * @internal Used by the fakes of the test kit; not part of the public API.
 */
export function createTimelinePlayer<S>(
  apply: (step: S) => void | Promise<void>,
  stepDelayMs: number,
): TimelinePlayer<S> {
  let tail: Promise<void> = Promise.resolve()

  return {
    play(steps, isCancelled = () => false) {
      const script = [...steps]
      const run = async (): Promise<void> => {
        for (const step of script) {
          if (isCancelled()) return
          // Always awaited, even at 0 ms: a step never runs synchronously inside the call that queued it.
          await delay(stepDelayMs)
          if (isCancelled()) return
          await apply(step)
        }
      }
      const done = tail.then(run)
      // A failing script must not block the ones queued after it; its own caller still sees the rejection.
      tail = done.catch(() => undefined)
      return done
    },
  }
}
