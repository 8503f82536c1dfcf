import { createSessionStore } from '@cobrowse-kit/core'
import { createFakeCustomerSdk, type FakeCustomerSdkOptions } from '@cobrowse-kit/core/testing'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { CobrowseMessagesProvider } from '../messages/CobrowseMessagesProvider.js'
import { RemoteAssistConsent } from './RemoteAssistConsent.js'

async function activeSession(options: FakeCustomerSdkOptions = {}, consent?: 'host' | 'sdk', locale?: 'es') {
  const fake = createFakeCustomerSdk(options)
  const store = createSessionStore({ sdkKey: 'k', token: 'h.p.s', sdk: fake.sdk, storage: null })
  const onAnswer = vi.fn()
  render(
    <CobrowseMessagesProvider {...(locale ? { locale } : {})}>
      <CobrowseProvider store={store}>
        <button type="button">Outside</button>
        <RemoteAssistConsent onAnswer={onAnswer} {...(consent ? { consent } : {})} />
      </CobrowseProvider>
    </CobrowseMessagesProvider>,
  )
  await act(async () => {
    await store.start()
    await fake.play([{ type: 'agent-joined', agent: { userId: 'a', userName: 'Ana' } }])
  })
  return { fake, store, onAnswer }
}

const request = (fake: ReturnType<typeof createFakeCustomerSdk>) =>
  act(() => fake.emit('remote_assist_requested', { remoteAssistType: 'scroll_page', userName: 'Ana' }))

describe('RemoteAssistConsent', () => {
  it('shows the banner while an agent can see the page, and its stop ends the session', async () => {
    const { fake, store } = await activeSession()
    expect(screen.getByRole('region', { name: 'An agent can see this page' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Stop sharing' }))
    expect(store.getState().status).toBe('ended')
    expect(fake.calls.end).toBe(1)
    expect(screen.queryByRole('region', { name: 'An agent can see this page' })).toBeNull()
  })

  it('asks in a dialog named after the agent; Allow answers through the SDK and scrolling can be stopped', async () => {
    const { fake, store, onAnswer } = await activeSession()
    await request(fake)
    const dialog = screen.getByRole('alertdialog', { name: 'Allow the agent to scroll?' })
    expect(dialog.textContent).toContain('Ana asks to scroll this page for you.')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Allow' }))
      await new Promise((resolve) => setTimeout(resolve, 5))
    })
    expect(onAnswer).toHaveBeenCalledWith(true)
    expect(fake.calls.remoteAssistAnswers).toEqual([true])
    expect(store.getState()).toMatchObject({ remoteAssist: 'on' })
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(screen.getByText('The agent can scroll this page')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Stop scrolling' }))
      await new Promise((resolve) => setTimeout(resolve, 5))
    })
    expect(store.getState()).toMatchObject({ remoteAssist: 'off' })
  })

  it('traps focus in the dialog, starts on Deny, and Escape denies', async () => {
    const { fake, onAnswer } = await activeSession()
    const outside = screen.getByRole('button', { name: 'Outside' })
    outside.focus()
    await request(fake)
    const deny = screen.getByRole('button', { name: 'Deny' })
    const allow = screen.getByRole('button', { name: 'Allow' })
    expect(document.activeElement).toBe(deny)
    allow.focus()
    fireEvent.keyDown(allow, { key: 'Tab' })
    expect(document.activeElement).toBe(deny)
    fireEvent.keyDown(deny, { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(allow)
    await act(async () => {
      fireEvent.keyDown(allow, { key: 'Escape' })
      await new Promise((resolve) => setTimeout(resolve, 5))
    })
    expect(onAnswer).toHaveBeenCalledWith(false)
    expect(fake.calls.remoteAssistAnswers).toEqual([false])
    expect(document.activeElement).toBe(outside)
  })

  it("leaves the question to the SDK's own prompt when the SDK takes no host answer", async () => {
    const { fake } = await activeSession({ withoutHostConsent: true })
    await request(fake)
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('speaks Spanish with the provider', async () => {
    const { fake } = await activeSession({}, 'host', 'es')
    await request(fake)
    expect(screen.getByRole('alertdialog', { name: '¿Permitir que el agente desplace la página?' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Permitir' })).toBeTruthy()
  })

  it('traps focus and gives it back inside a shadow root, where document.activeElement is the host', async () => {
    const host = document.body.appendChild(document.createElement('div'))
    const shadow = host.attachShadow({ mode: 'open' })
    const container = shadow.appendChild(document.createElement('div'))
    const fake = createFakeCustomerSdk()
    const store = createSessionStore({ sdkKey: 'k', token: 'h.p.s', sdk: fake.sdk, storage: null })
    const view = render(
      <CobrowseProvider store={store}>
        <button type="button">Outside</button>
        <RemoteAssistConsent />
      </CobrowseProvider>,
      { container, baseElement: container },
    )
    await act(async () => {
      await store.start()
      await fake.play([{ type: 'agent-joined' }])
    })
    const inShadow = within(container)
    const outside = inShadow.getByRole('button', { name: 'Outside' })
    outside.focus()
    await request(fake)
    const deny = inShadow.getByRole('button', { name: 'Deny' })
    const allow = inShadow.getByRole('button', { name: 'Allow' })
    expect(shadow.activeElement).toBe(deny)
    allow.focus()
    fireEvent.keyDown(allow, { key: 'Tab' })
    expect(shadow.activeElement).toBe(deny)
    fireEvent.keyDown(deny, { key: 'Tab', shiftKey: true })
    expect(shadow.activeElement).toBe(allow)
    await act(async () => {
      fireEvent.keyDown(allow, { key: 'Escape' })
      await new Promise((resolve) => setTimeout(resolve, 5))
    })
    expect(shadow.activeElement).toBe(outside)
    view.unmount()
    host.remove()
  })

  it('tells an SDK that can hide its own prompt to do so while mounted, and not when the SDK is to ask', async () => {
    const { fake } = await activeSession()
    expect(fake.calls.hostConsentUi).toEqual([true])
    const sdkAsks = await activeSession({}, 'sdk')
    expect(sdkAsks.fake.calls.hostConsentUi).toEqual([])
  })

  it('gives the question back to the SDK when it unmounts', async () => {
    const fake = createFakeCustomerSdk()
    const store = createSessionStore({ sdkKey: 'k', token: 'h.p.s', sdk: fake.sdk, storage: null })
    const view = render(
      <CobrowseProvider store={store}>
        <RemoteAssistConsent />
      </CobrowseProvider>,
    )
    await act(() => store.load())
    view.unmount()
    expect(fake.calls.hostConsentUi).toEqual([true, false])
  })
})
