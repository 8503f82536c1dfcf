import { createEventHub } from '../events/createEventHub.js'
import type {
  AgentCallbackResult,
  AgentEventMap,
  AgentEventName,
  AgentInitSettings,
  AgentJoinOptions,
  AgentSdk,
  AgentSession,
} from '../sdk/agentSdk.js'
import { checkAgentJoin } from './checkAgentJoin.js'
import { createFakeAgentViewer } from './createFakeAgentViewer.js'
import { createTimelinePlayer } from './createTimelinePlayer.js'
import { delay } from './delay.js'
import { resolveAgentRoot } from './resolveAgentRoot.js'

/** One scripted moment of a fake agent session. */
export type AgentTimelineStep =
  /** Emits `session_joined`. */
  | { type: 'session-joined' }
  /** Removes the viewer and emits `session_left`. */
  | { type: 'session-left' }
  /** Removes the viewer and emits `session_ended { reason }`. */
  | { type: 'session-ended'; reason?: string }
  /** Emits `session_error { code, errorMsg }`. */
  | { type: 'error'; code: number; errorMsg?: string }
  /** Waits `ms` milliseconds. */
  | { type: 'wait'; ms: number }

/** Options of {@link createFakeAgentSdk}. */
export interface FakeAgentSdkOptions {
  /** PINs that have a session. Default: any PIN of 1 to 10 letters or digits (Zoom's 6 digits, or a BYOP PIN). */
  pins?: string[]
  /** Makes `init` call back `{ success: false, error }` with this error. */
  initError?: { code?: number; errorMsg?: string }
  /** Played after a successful `join()`. Default: `[{ type: 'session-joined' }]`. */
  onJoin?: AgentTimelineStep[]
  /** Delay before each scripted step. Default 0. */
  stepDelayMs?: number
}

/** A fake of Zoom's agent SDK (BYOP mode), plus handles to script and inspect it. */
export interface FakeAgentSdk {
  readonly sdk: AgentSdk
  /** The session handed out by a successful `init`; `undefined` before that. */
  readonly session: AgentSession | undefined
  /** Every call the code under test made; `endpoints` holds the options of `createAgentViewerEndpoint`. */
  readonly calls: { init: AgentInitSettings[]; join: AgentJoinOptions[]; leave: number; endpoints: AgentJoinOptions[] }
  /** Plays `steps` after anything already playing; resolves after the last step ran. */
  play(steps: AgentTimelineStep[]): Promise<void>
  /** Emits a raw event to the session's handlers, synchronously and without touching the fake's state. */
  emit<E extends AgentEventName>(event: E, payload: AgentEventMap[E]): void
  listenerCount(event?: AgentEventName): number
  /** The `div[data-fake-agent-viewer][data-pin]` that `join()` rendered into `zoomAppRoot`; `null` when none. */
  readonly viewer: HTMLElement | null
}

/**
 * Creates a fake of Zoom's agent SDK. `join()` checks the token (2001) and the PIN (1006), then renders a placeholder
 * viewer into `zoomAppRoot` instead of Zoom's iframe, so tests and stories can assert where the viewer went.
 *
 * @example
 * const fake = createFakeAgentSdk({ pins: ['123456'] })
 * fake.sdk.init({ appKey: 'key', zoomAppRoot: '#viewer' }, ({ session }) => {
 *   session?.join({ pinCode: '123456', sdkToken: 'a.b.c' })
 * })
 */
export function createFakeAgentSdk(options: FakeAgentSdkOptions = {}): FakeAgentSdk {
  const listeners = createEventHub<AgentEventMap>()
  const player = createTimelinePlayer(applyStep, options.stepDelayMs ?? 0)
  const calls: FakeAgentSdk['calls'] = { init: [], join: [], leave: 0, endpoints: [] }
  const knownPins = options.pins?.map((pin) => pin.toUpperCase())
  let handedOut: AgentSession | undefined
  let root: HTMLElement | undefined
  let viewer: HTMLElement | null = null
  // Bumped on leave, end and a new join, so a stale onJoin script stops.
  let generation = 0

  function removeViewer(): void {
    viewer?.remove()
    viewer = null
  }

  // Closes the session from the agent's side: the rest of its onJoin script must not play into it.
  function close(): void {
    removeViewer()
    generation += 1
  }

  function applyStep(step: AgentTimelineStep): Promise<void> | undefined {
    switch (step.type) {
      case 'session-joined':
        listeners.emit('session_joined', {})
        return
      case 'session-left':
        removeViewer()
        listeners.emit('session_left', {})
        return
      case 'session-ended':
        removeViewer()
        listeners.emit('session_ended', step.reason === undefined ? {} : { reason: step.reason })
        return
      case 'error':
        listeners.emit('session_error', {
          code: step.code,
          ...(step.errorMsg === undefined ? {} : { errorMsg: step.errorMsg }),
        })
        return
      case 'wait':
        return delay(step.ms)
    }
  }

  function fail(error: { code: number; errorMsg: string }, callback?: (result: AgentCallbackResult) => void): void {
    listeners.emit('session_error', { ...error })
    callback?.({ success: false, error })
  }

  const session: AgentSession = {
    join(joinOptions, callback) {
      if (!joinOptions) {
        // Resuming needs a recoverable agent session, which the fake never has.
        void delay(0).then(() => fail({ code: 1011, errorMsg: 'no recoverable session to join' }, callback))
        return
      }
      calls.join.push(joinOptions)
      void delay(0).then(() => {
        const error = checkAgentJoin(joinOptions, knownPins)
        if (error) return fail(error, callback)
        // Never undefined here: the session is handed out only after init resolved the root.
        if (!root) return
        close()
        const own = generation
        viewer = createFakeAgentViewer(joinOptions.pinCode)
        root.append(viewer)
        callback?.({ success: true })
        void player.play(options.onJoin ?? [{ type: 'session-joined' }], () => own !== generation)
      })
    },
    createAgentViewerEndpoint(joinOptions, callback) {
      calls.endpoints.push(joinOptions)
      void delay(0).then(() => {
        const error = checkAgentJoin(joinOptions, knownPins)
        if (error) return fail(error, callback)
        const agentViewerUrl = `about:blank#fake-agent-viewer=${encodeURIComponent(joinOptions.pinCode)}`
        callback({ success: true, agentViewerUrl })
      })
    },
    leave() {
      calls.leave += 1
      if (!viewer) return
      close()
      void delay(0).then(() => listeners.emit('session_left', {}))
    },
    end() {
      if (!viewer) return
      close()
      void delay(0).then(() => listeners.emit('session_ended', { reason: 'ended_by_agent' }))
    },
    // Only 'session_recoverable' is a status Zoom documents; the fake never reports it for agents.
    getSessionInfo: () => ({ sessionStatus: viewer ? 'in_session' : 'idle' }),
    on: listeners.on,
    off: listeners.off,
  }

  const sdk: AgentSdk = {
    init(settings, callback) {
      calls.init.push(settings)
      const resolved = resolveAgentRoot(settings.zoomAppRoot)
      void delay(0).then(() => {
        if (options.initError) return callback({ success: false, error: { ...options.initError } })
        if ('errorMsg' in resolved) return callback({ success: false, error: { errorMsg: resolved.errorMsg } })
        root = resolved.element
        handedOut = session
        callback({ success: true, sdkInfo: { version: 'fake' }, session })
      })
    },
  }

  return {
    sdk,
    get session() {
      return handedOut
    },
    calls,
    play: (script) => player.play(script),
    emit: listeners.emit,
    listenerCount: listeners.count,
    get viewer() {
      return viewer
    },
  }
}
