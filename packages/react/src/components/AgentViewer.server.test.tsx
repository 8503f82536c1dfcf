import { createFakeAgentSdk } from '@cobrowse-kit/core/testing'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { AgentPinEntry } from './AgentPinEntry.js'
import { AgentViewer } from './AgentViewer.js'

describe('agent components on the server', () => {
  it('render without a window and without fetching a token', () => {
    expect(typeof window).toBe('undefined')
    let asked = 0
    const token = async () => {
      asked++
      return 'h.p.s'
    }
    const html = renderToString(
      <>
        <AgentViewer mode="desk" token={token} />
        <AgentViewer mode="sdk" sdk={createFakeAgentSdk().sdk} sdkKey="k" token={token} />
        <AgentPinEntry onSubmit={() => {}} />
      </>,
    )
    expect(html).toContain('Connecting to the desk')
    expect(html).toContain('Customer&#x27;s PIN')
    expect(asked).toBe(0)
  })
})
