import { createSessionStore, type SessionStore } from '@cobrowse-kit/core'
import { createFakeCustomerSdk, type FakeCustomerSdkOptions } from '@cobrowse-kit/core/testing'
import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { CobrowseMessagesProvider } from '../messages/CobrowseMessagesProvider.js'
import { SessionStatus } from './SessionStatus.js'

function renderStatus(options: FakeCustomerSdkOptions = {}, token: () => Promise<string> = async () => 'h.p.s') {
  const fake = createFakeCustomerSdk(options)
  const store = createSessionStore({ sdkKey: 'k', token, sdk: fake.sdk, storage: null })
  render(
    <CobrowseProvider store={store}>
      <SessionStatus />
    </CobrowseProvider>,
  )
  const badge = () => screen.getByRole('status')
  return { fake, store, badge }
}

const never = () => new Promise<string>(() => {})

describe('SessionStatus', () => {
  it('is a status live region naming the idle state', () => {
    const { badge } = renderStatus()
    expect(badge().dataset.state).toBe('idle')
    expect(badge().textContent).toBe('Not started')
    expect(badge().className).toBe('cbk-status cbk-status--idle')
  })

  it('shows loading, then ready', async () => {
    const { store, badge } = renderStatus({ initDelayMs: 20 })
    let loaded: Promise<void> = Promise.resolve()
    act(() => {
      loaded = store.load()
    })
    expect(badge().dataset.state).toBe('loading')
    expect(badge().textContent).toBe('Loading…')
    await act(() => loaded)
    expect(badge().dataset.state).toBe('ready')
    expect(badge().textContent).toBe('Ready')
  })

  it('shows starting while the token is on its way', async () => {
    const { store, badge } = renderStatus({}, never)
    await act(async () => {
      void store.start()
      await new Promise((resolve) => setTimeout(resolve, 10))
    })
    expect(badge().dataset.state).toBe('starting')
    expect(badge().textContent).toBe('Starting…')
  })

  it('waits for an agent with a PIN, then counts agents', async () => {
    const { fake, store, badge } = renderStatus({ onStart: [{ type: 'pin-issued', pin: '123456' }] })
    await act(() => store.start())
    expect(badge().dataset.state).toBe('pin')
    expect(badge().textContent).toBe('Waiting for an agent')
    await act(() => fake.play([{ type: 'agent-joined', agent: { userId: 'a', userName: 'Ana' } }]))
    expect(badge().dataset.state).toBe('active')
    expect(badge().textContent).toBe('1 agent connected')
    await act(() => fake.play([{ type: 'agent-joined', agent: { userId: 'b', userName: 'Bo' } }]))
    expect(badge().textContent).toBe('2 agents connected')
  })

  it('shows reconnecting, then ended', async () => {
    const { fake, store, badge } = renderStatus()
    await act(() => store.start())
    await act(() => fake.play([{ type: 'network-dropped' }]))
    expect(badge().dataset.state).toBe('reconnecting')
    expect(badge().textContent).toBe('Reconnecting…')
    act(() => store.end())
    expect(badge().dataset.state).toBe('ended')
    expect(badge().textContent).toBe('Session ended')
  })

  it('shows an error', async () => {
    const { store, badge } = renderStatus({ onStart: [{ type: 'error', code: 2001 }] })
    await act(() => store.start())
    expect(badge().dataset.state).toBe('error')
    expect(badge().className).toContain('cbk-status--error')
    expect(badge().textContent).toBe('Something went wrong')
  })

  it('reads an explicit store before the provider, keeps the caller class, and speaks Spanish', async () => {
    const fake = createFakeCustomerSdk({ onStart: [{ type: 'pin-issued', pin: '123456' }] })
    const explicit: SessionStore = createSessionStore({ sdkKey: 'k', token: 'h.p.s', sdk: fake.sdk, storage: null })
    const idle = createSessionStore({ sdkKey: 'k', token: 'h.p.s', sdk: createFakeCustomerSdk().sdk, storage: null })
    render(
      <CobrowseMessagesProvider locale="es" messages={{ statusPin: 'PIN listo' }}>
        <CobrowseProvider store={idle}>
          <SessionStatus store={explicit} className="header-status" />
        </CobrowseProvider>
      </CobrowseMessagesProvider>,
    )
    await act(() => explicit.start())
    const badge = screen.getByRole('status')
    expect(badge.className).toBe('cbk-status cbk-status--pin header-status')
    expect(badge.textContent).toBe('PIN listo')
    await act(() => fake.play([{ type: 'agent-joined', agent: { userId: 'a', userName: 'Ana' } }]))
    expect(badge.textContent).toBe('1 agente conectado')
  })
})
