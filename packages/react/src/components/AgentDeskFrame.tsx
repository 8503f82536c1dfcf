import { DEFAULT_ZOOM_ORIGIN, resolveToken, type TokenProvider, toCobrowseError } from '@cobrowse-kit/core'
import { type ReactNode, useEffect, useState } from 'react'
import { useCobrowseMessages } from '../messages/useCobrowseMessages.js'

/** The `allow` attribute Zoom's samples give the desk iframe. */
export const DESK_IFRAME_ALLOW = 'autoplay *; camera *; microphone *; display-capture *; geolocation *;'

/** Props of `<AgentViewer mode="desk">` (Zoom's hosted desk). */
export interface AgentDeskFrameProps {
  /** Where the agent token (role_type 2) comes from. Your server must only mint it for authenticated agents. */
  token: TokenProvider
  /** Origin of the desk: Zoom's by default, the local emulator's in development. */
  origin?: string
  /** Identity put into the agent token request. */
  user?: { id?: string; name?: string }
  /** Accessible title of the iframe. Default: the `deskTitle` message ("Cobrowse desk"). */
  title?: string
  /** Extra class on the root element; the kit's own classes start with `cbk-`. */
  className?: string
}

type DeskState = { status: 'loading' } | { status: 'ready'; src: string } | { status: 'error'; message: string }

/** Zoom's hosted desk in an iframe, with an agent token fetched on mount. The agent types the PIN in the desk. */
export function AgentDeskFrame({
  token,
  origin = DEFAULT_ZOOM_ORIGIN,
  user,
  title,
  className,
}: AgentDeskFrameProps): ReactNode {
  const m = useCobrowseMessages()
  const [state, setState] = useState<DeskState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the fetch on retry; the token provider is read once per attempt.
  useEffect(() => {
    const controller = new AbortController()
    resolveToken(token, { role: 2, userId: user?.id, userName: user?.name, signal: controller.signal }).then(
      (jwt) => {
        const base = origin.replace(/\/+$/, '')
        setState({
          status: 'ready',
          src: `${base}/sdkapi/zcb/frame-templates/desk?access_token=${encodeURIComponent(jwt)}`,
        })
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: toCobrowseError(error).message })
      },
    )
    return () => controller.abort()
  }, [origin, attempt])

  const root = className ? `cbk-agent-desk ${className}` : 'cbk-agent-desk'
  if (state.status === 'error') {
    return (
      <div className={root} data-state="error">
        <p role="alert">{state.message}</p>
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {m.tryAgain}
        </button>
      </div>
    )
  }
  return (
    <div className={root} data-state={state.status}>
      {state.status === 'ready' ? (
        <iframe
          className="cbk-agent-desk__frame"
          title={title ?? m.deskTitle}
          src={state.src}
          allow={DESK_IFRAME_ALLOW}
        />
      ) : (
        <p role="status">{m.deskConnecting}</p>
      )}
    </div>
  )
}
