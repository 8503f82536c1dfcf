import { ZOOM_TIMING } from '../../../config/emulatorOptions.js'
import { reconnectDelay } from './reconnectDelay.js'

/** A resume attempt that neither connects nor fails within this long is abandoned and retried. */
const ATTEMPT_TIMEOUT_MS = 10_000

export interface ReconnectorOptions {
  /** Opens a connection and asks to resume. */
  attempt(): void
  /** Drops an attempt that hangs. */
  abandon(): void
  /** The window is over without a successful resume. */
  giveUp(): void
  /** How long the server keeps a dropped session; Zoom documents 2 minutes. */
  windowMs?: number
  now?: () => number
}

/** The retry loop after a dropped connection; the session reports each outcome to it. */
export interface Reconnector {
  begin(): void
  /** The current attempt's connection closed before resuming. */
  attemptFailed(): void
  /** Resumed, or the session is over. */
  cancel(): void
}

/**
 * Retries with growing waits (`reconnectDelay`) until the recovery window is spent, then gives up. Waits are counted
 * from the drop, so the last attempt still lands inside the window the server keeps the session for.
 */
export function createReconnector(options: ReconnectorOptions): Reconnector {
  const windowMs = options.windowMs ?? ZOOM_TIMING.recoveryWindowMs
  const now = options.now ?? Date.now
  let active = false
  let startedAt = 0
  let tries = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  const clear = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  const schedule = () => {
    clear()
    const wait = reconnectDelay(tries)
    if (now() + wait - startedAt > windowMs) {
      active = false
      options.giveUp()
      return
    }
    timer = setTimeout(() => {
      tries += 1
      timer = setTimeout(() => {
        options.abandon()
        schedule()
      }, ATTEMPT_TIMEOUT_MS)
      options.attempt()
    }, wait)
  }

  return {
    begin() {
      active = true
      startedAt = now()
      tries = 0
      schedule()
    },
    attemptFailed() {
      if (active) schedule()
    },
    cancel() {
      active = false
      clear()
    },
  }
}
