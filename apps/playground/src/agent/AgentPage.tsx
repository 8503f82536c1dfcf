import type { AgentSdk, TokenProvider } from '@cobrowse-kit/core'
import { ZoomCobrowseAgentSDK } from '@cobrowse-kit/emulator/agent'
import { AgentViewer } from '@cobrowse-kit/react'
import { type ReactNode, useState } from 'react'

/** The two ways an agent sees the customer's page: Zoom's hosted desk, or the BYOP agent SDK in our own page. */
type AgentMode = 'desk' | 'sdk'

const MODE_LABELS: Record<AgentMode, string> = { desk: 'Zoom desk', sdk: 'Agent SDK (BYOP)' }

// The emulator's dev endpoint mints an agent token (role 2) for anyone who asks. A real app mints agent tokens only
// for authenticated agents, behind its own login: whoever holds one can watch any customer who reads out a PIN.
const agentToken: TokenProvider = { url: '/__emulator/token' }

// The emulator's SDK, declared with its own interfaces (it imports nothing of the kit), is assignable to core's type.
const agentSdk: AgentSdk = ZoomCobrowseAgentSDK

/** The playground's agent console: the kit's `<AgentViewer>` in either mode, against the emulator on this origin. */
export function AgentPage(): ReactNode {
  const [mode, setMode] = useState<AgentMode>('desk')
  return (
    <main>
      <h1>Agent console</h1>
      <p>
        Ask the customer for the PIN shown on their page, then type it below. Agent tokens come from the emulator's dev
        endpoint; in a real app your server mints them only for agents who have signed in.
      </p>
      <fieldset>
        <legend>How the agent joins</legend>
        {(Object.keys(MODE_LABELS) as AgentMode[]).map((value) => (
          <button key={value} type="button" aria-pressed={mode === value} onClick={() => setMode(value)}>
            {MODE_LABELS[value]}
          </button>
        ))}
      </fieldset>
      <section aria-label={MODE_LABELS[mode]}>
        {mode === 'desk' ? (
          // The desk is served by the emulator on this same origin: `origin` is the one switch away from Zoom.
          <AgentViewer mode="desk" token={agentToken} origin={window.location.origin} title="Cobrowse desk" />
        ) : (
          // The emulator's agent SDK talks to the origin it was loaded from, which is this one-port server.
          <AgentViewer
            mode="sdk"
            sdk={agentSdk}
            sdkKey={import.meta.env.VITE_COBROWSE_SDK_KEY ?? 'emulator-dev-key'}
            token={agentToken}
            user={{ name: 'Playground agent' }}
          />
        )}
      </section>
    </main>
  )
}
