import type { AgentSdk } from '@cobrowse-kit/core'
import { ZoomCobrowseAgentSDK } from '@cobrowse-kit/emulator/agent'
import { AgentViewer } from '@cobrowse-kit/react'
import { type ReactNode, useState } from 'react'
import { COBROWSE_SERVICE, TOKEN_ENDPOINT } from '../cobrowseService.js'
import { ActivityPanel } from './ActivityPanel.js'

/** The two ways an agent sees the customer's page: Zoom's hosted desk, or the BYOP agent SDK in our own page. */
type AgentMode = 'desk' | 'sdk'

const MODE_LABELS: Record<AgentMode, string> = { desk: 'Zoom desk', sdk: 'Agent SDK (BYOP)' }

// The bundled agent SDK is the emulator's: against real Zoom, the BYOP mode needs Zoom's own agent SDK package.
const MODES: AgentMode[] = COBROWSE_SERVICE.emulated ? ['desk', 'sdk'] : ['desk']

// The emulator's SDK, declared with its own interfaces (it imports nothing of the kit), is assignable to core's type.
const agentSdk: AgentSdk = ZoomCobrowseAgentSDK

/** The playground's agent console: the kit's `<AgentViewer>` in either mode, and what the server sees. */
export function AgentPage(): ReactNode {
  const [mode, setMode] = useState<AgentMode>('desk')
  return (
    <main>
      <h1>Agent console</h1>
      <p>
        Ask the customer for the PIN shown on their page, then type it below. Agent tokens come from the playground
        server's <code>/api/cobrowse/token</code>, which mints them only for signed-in agents. Here, loading this page
        signed you in: it set an HttpOnly cookie that the token endpoint checks. A real app checks its own session
        instead.
      </p>
      <fieldset>
        <legend>How the agent joins</legend>
        {MODES.map((value) => (
          <button key={value} type="button" aria-pressed={mode === value} onClick={() => setMode(value)}>
            {MODE_LABELS[value]}
          </button>
        ))}
      </fieldset>
      <section aria-label={MODE_LABELS[mode]}>
        {mode === 'desk' ? (
          // The desk is served by the emulator on this same origin, or by Zoom: `origin` is the one switch.
          <AgentViewer mode="desk" token={TOKEN_ENDPOINT} origin={COBROWSE_SERVICE.origin} title="Cobrowse desk" />
        ) : (
          // The emulator's agent SDK talks to the origin it was loaded from, which is this one-port server.
          <AgentViewer
            mode="sdk"
            sdk={agentSdk}
            sdkKey={COBROWSE_SERVICE.sdkKey}
            token={TOKEN_ENDPOINT}
            user={{ name: 'Playground agent' }}
          />
        )}
      </section>
      <ActivityPanel />
    </main>
  )
}
