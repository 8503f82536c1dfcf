import type { CustomerToServer } from '../../../protocol/messages.js'
import type { Recorder, StartRecording } from '../recording/startRecording.js'

/** The session's one recording at a time, streamed to the server as `{ t: 'rrweb', event }`. */
export interface SessionRecorder {
  /** Starts afresh (stopping any previous recording), which begins with a full snapshot. */
  start(): void
  stop(): void
  takeFullSnapshot(): void
}

function warn(what: string, error: unknown): void {
  console.warn(`[cobrowse emulator] ${what}:`, error)
}

/**
 * Wraps a recorder so that a recording failure (an rrweb bug on an exotic page) costs the mirror, not the session:
 * the session, its PIN and its events go on, and the page's console says why agents see nothing.
 */
export function createSessionRecorder(
  startRecording: StartRecording,
  send: (message: CustomerToServer) => void,
): SessionRecorder {
  let current: Recorder | undefined
  const stop = () => {
    const recorder = current
    current = undefined
    try {
      recorder?.stop()
    } catch (error) {
      warn('stopping the recording failed', error)
    }
  }
  return {
    start() {
      stop()
      try {
        current = startRecording((event) => send({ t: 'rrweb', event }))
      } catch (error) {
        warn('recording could not start', error)
      }
    },
    stop,
    takeFullSnapshot() {
      try {
        current?.takeFullSnapshot()
      } catch (error) {
        warn('full snapshot failed', error)
      }
    },
  }
}
