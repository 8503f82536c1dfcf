import { createSessionStore, selectAgents } from '@cobrowse-kit/core'
import { createFakeCustomerSdk } from '@cobrowse-kit/core/testing'
import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { useCobrowseState } from './useCobrowseState.js'
import { usePincode } from './usePincode.js'

const renders = { pin: 0, status: 0, agents: 0 }

function PinConsumer() {
  renders.pin++
  return <span data-testid="pin">{usePincode().pin}</span>
}
function StatusConsumer() {
  renders.status++
  return <span>{useCobrowseState((s) => s.status)}</span>
}
function AgentsConsumer() {
  renders.agents++
  return <span>{useCobrowseState(selectAgents).length}</span>
}

describe('fine-grained re-renders', () => {
  it('re-renders only PIN consumers on a PIN update, and not them on an agent change', async () => {
    renders.pin = 0
    renders.status = 0
    renders.agents = 0
    const fake = createFakeCustomerSdk({ onStart: [{ type: 'pin-issued', pin: '111111' }] })
    const store = createSessionStore({ sdkKey: 'k', token: 'h.p.s', sdk: fake.sdk, storage: null })
    render(
      <CobrowseProvider store={store}>
        <PinConsumer />
        <StatusConsumer />
        <AgentsConsumer />
      </CobrowseProvider>,
    )
    await act(async () => {
      await store.start()
      await new Promise((resolve) => setTimeout(resolve, 5))
    })
    expect(screen.getByTestId('pin').textContent).toBe('111111')

    const before = { ...renders }
    await act(() => fake.play([{ type: 'pin-issued', pin: '222222' }]))
    expect(screen.getByTestId('pin').textContent).toBe('222222')
    expect(renders.pin).toBe(before.pin + 1)
    expect(renders.status).toBe(before.status)
    expect(renders.agents).toBe(before.agents)

    const beforeAgent = { ...renders }
    await act(() => fake.play([{ type: 'agent-joined' }]))
    expect(renders.agents).toBe(beforeAgent.agents + 1)
    expect(renders.status).toBe(beforeAgent.status + 1)
    expect(renders.pin).toBe(beforeAgent.pin)
  })
})
