import { createSessionStore } from '@cobrowse-kit/core'
import { createFakeCustomerSdk, type TimelineStep } from '@cobrowse-kit/core/testing'
import { CobrowseButton, CobrowseProvider, useCobrowseEvent, useCobrowseSession } from '@cobrowse-kit/react'
import { type ReactNode, useState } from 'react'

// Until the local emulator lands, the playground drives the kit with the public test kit's fake SDK.
const fake = createFakeCustomerSdk({ stepDelayMs: 400 })
const store = createSessionStore({ sdkKey: 'playground', token: 'playground.fake.token', sdk: fake.sdk })

const AGENT_STEPS: Array<[string, TimelineStep[]]> = [
  ['Agent joins', [{ type: 'agent-joined' }]],
  ['Agent leaves', [{ type: 'agent-left' }]],
  ['Agent asks to scroll', [{ type: 'remote-assist-requested' }]],
  ['Network drops', [{ type: 'network-dropped' }]],
  ['Network returns', [{ type: 'network-restored' }]],
  ['PIN not found (1006)', [{ type: 'error', code: 1006 }]],
  ['Service ends session', [{ type: 'session-ended', reason: 'ended_by_service' }]],
]

function EventLog(): ReactNode {
  const [lines, setLines] = useState<string[]>([])
  const log = (name: string) => (payload: unknown) =>
    setLines((current) => [`${name} ${JSON.stringify(payload)}`, ...current].slice(0, 12))
  useCobrowseEvent('pincode_updated', log('pincode_updated'))
  useCobrowseEvent('agent_joined', log('agent_joined'))
  useCobrowseEvent('agent_left', log('agent_left'))
  useCobrowseEvent('session_error', log('session_error'))
  useCobrowseEvent('session_ended', log('session_ended'))
  return (
    <ol className="log" aria-label="SDK events">
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a rolling log whose lines may repeat.
        <li key={index}>{line}</li>
      ))}
    </ol>
  )
}

function StateView(): ReactNode {
  const { state } = useCobrowseSession()
  return (
    <div>
      <p>
        SDK init calls: <output data-testid="init-count">{fake.calls.init.length}</output>
      </p>
      <pre className="state">
        {JSON.stringify(state, (key, value) => (key === 'error' ? value?.toJSON?.() : value), 2)}
      </pre>
    </div>
  )
}

export function Playground(): ReactNode {
  return (
    <CobrowseProvider store={store}>
      <main>
        <h1>Cobrowse Kit playground</h1>
        <p>
          The customer side of the kit, driven by the test kit's fake SDK. Start a session, then play what an agent and
          the network would do.
        </p>
        <section aria-label="Customer">
          <CobrowseButton />
        </section>
        <section aria-label="Simulate">
          {AGENT_STEPS.map(([label, steps]) => (
            <button key={label} type="button" onClick={() => void fake.play(steps)}>
              {label}
            </button>
          ))}
        </section>
        <section aria-label="State" className="columns">
          <StateView />
          <EventLog />
        </section>
      </main>
    </CobrowseProvider>
  )
}
