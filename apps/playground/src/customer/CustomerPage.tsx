import type { SessionStoreConfig } from '@cobrowse-kit/core'
import {
  CobrowseButton,
  CobrowseProvider,
  Mask,
  RemoteAssistConsent,
  SessionStatus,
  useCobrowseSession,
} from '@cobrowse-kit/react'
import type { ReactNode } from 'react'
import { COBROWSE_SERVICE, TOKEN_ENDPOINT } from '../cobrowseService.js'

// The SDK comes from the emulator on this same origin, or from Zoom: the kit's `origin` option is the only switch.
// The customer token (role 1) comes from the playground server's createTokenHandler, like in a real host app.
const config: SessionStoreConfig = {
  sdkKey: COBROWSE_SERVICE.sdkKey,
  origin: COBROWSE_SERVICE.origin,
  token: TOKEN_ENDPOINT,
  user: { name: 'Playground customer' },
  // <Mask> below and this option compile into Zoom's piiMask in one place (core's compileMasking).
  masking: { selectors: ['.pii'] },
  settings: {
    allowAgentAnnotation: true,
    allowCustomerAnnotation: true,
    remoteAssist: { enable: true, enableCustomerConsent: true, remoteAssistTypes: ['scroll_page'] },
  },
}

function SessionLine(): ReactNode {
  const { status, agents } = useCobrowseSession()
  return (
    <p data-testid="session-line">
      Session: {status}
      {agents.length > 0 ? ` (${agents.map((agent) => agent.name || agent.id).join(', ')})` : ''}
    </p>
  )
}

export function CustomerPage(): ReactNode {
  return (
    <CobrowseProvider config={config}>
      <main>
        <h1>Checkout</h1>
        <section aria-label="Help">
          <CobrowseButton label="Get help" />
          <SessionStatus />
          <SessionLine />
          <RemoteAssistConsent />
        </section>
        <form aria-label="Payment" onSubmit={(event) => event.preventDefault()}>
          <p>
            <label>
              Name on card <input name="name" autoComplete="off" />
            </label>
          </p>
          <p>
            <Mask as="span">
              <label>
                Card number (masked for agents) <input name="card" autoComplete="off" />
              </label>
            </Mask>
          </p>
          <p>
            <label>
              Delivery note (masked by the .pii selector) <textarea name="note" className="pii" />
            </label>
          </p>
          <button type="submit">Pay</button>
        </form>
        <section aria-label="Long content">
          {Array.from({ length: 40 }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static filler for scroll-assist demos.
            <p key={index}>Order line {index + 1}: a thing you might buy.</p>
          ))}
        </section>
      </main>
    </CobrowseProvider>
  )
}
