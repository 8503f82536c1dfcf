import { createStore, type StoreApi } from 'zustand/vanilla'
import { CobrowseError } from '../errors/CobrowseError.js'
import { validatePin } from '../pin/validatePin.js'
import type { AgentSdk, AgentSession } from '../sdk/agentSdk.js'
import { toCobrowseError } from '../sdk/normalizePayload.js'
import { resolveToken } from '../token/resolveToken.js'
import type { TokenProvider } from '../token/tokenProvider.js'
import type { AgentSessionState } from './agentSessionState.js'

/** Configuration of an agent session through Zoom's BYOP agent SDK. */
export interface AgentSessionConfig {
  /** `ZoomCobrowseAgentSDK` from `@zoom/cobrowsesdk/agent` (or the emulator's, or the test kit's), or a promise of it. */
  sdk: AgentSdk | Promise<AgentSdk>
  /** The SDK key (`appKey` of the agent SDK). */
  sdkKey: string
  /** Where the agent token (role_type 2) comes from; your server must only mint it for authenticated agents. */
  token: TokenProvider
  /** Identity put into the token request. */
  user?: { id?: string; name?: string }
}

/** The agent session: a read-only store of `AgentSessionState` plus its actions. */
export interface AgentSessionStore
  extends Pick<StoreApi<AgentSessionState>, 'getState' | 'getInitialState' | 'subscribe'> {
  /** Joins the customer's session with the PIN, rendering the viewer into `root` (an element or a selector). */
  join(pin: string, root: HTMLElement | string): Promise<void>
  /** Leaves the session (the customer's session goes on). */
  leave(): void
}

/**
 * Creates the store of one agent session in BYOP mode. The SDK is initialised once, at the first join, with that
 * join's root element.
 *
 * @example
 * const agent = createAgentSessionStore({ sdk: ZoomCobrowseAgentSDK, sdkKey, token: { url: '/api/cobrowse/token' } })
 * await agent.join('123456', viewerElement)
 */
export function createAgentSessionStore(config: AgentSessionConfig): AgentSessionStore {
  const api = createStore<AgentSessionState>()(() => ({ status: 'idle' }))
  let session: Promise<AgentSession> | undefined
  let pin = ''
  const set = (state: AgentSessionState) => api.setState(state, true)
  const fail = (error: unknown) => set({ status: 'error', error: toCobrowseError(error), pin })

  const init = (root: HTMLElement | string): Promise<AgentSession> => {
    session ??= Promise.resolve(config.sdk).then(
      (sdk) =>
        new Promise<AgentSession>((resolve, reject) => {
          sdk.init({ appKey: config.sdkKey, zoomAppRoot: root }, ({ success, session: created, error }) => {
            if (!success || !created) return reject(toCobrowseError(error, 'sdk_init_failed'))
            created.on('session_joined', () => set({ status: 'joined', pin }))
            created.on('session_left', () => set({ status: 'left', pin }))
            created.on('session_ended', (payload) =>
              set(payload?.reason ? { status: 'ended', pin, reason: payload.reason } : { status: 'ended', pin }),
            )
            created.on('session_error', fail)
            resolve(created)
          })
        }),
    )
    session.catch(() => {
      session = undefined
    })
    return session
  }

  const join = async (input: string, root: HTMLElement | string): Promise<void> => {
    if (api.getState().status === 'joining' || api.getState().status === 'joined') return
    const checked = validatePin(input)
    if (!checked.valid) return set({ status: 'error', error: checked.error })
    pin = checked.pin
    set({ status: 'joining', pin })
    try {
      const sdkToken = await resolveToken(config.token, {
        role: 2,
        userId: config.user?.id,
        userName: config.user?.name,
      })
      const agentSession = await init(root)
      agentSession.join({ pinCode: pin, sdkToken }, ({ success, error }) => {
        if (!success) fail(error ?? new CobrowseError('unknown'))
      })
    } catch (error) {
      fail(error)
    }
  }

  const leave = () => {
    if (api.getState().status !== 'joined' && api.getState().status !== 'joining') return
    void session?.then((s) => (s.leave ?? s.end)?.call(s))
    set({ status: 'left', pin })
  }

  return { getState: api.getState, getInitialState: api.getInitialState, subscribe: api.subscribe, join, leave }
}
