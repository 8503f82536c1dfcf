import { CobrowseError, createSessionStore } from '@cobrowse-kit/core'
import { createFakeCustomerSdk } from '@cobrowse-kit/core/testing'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { CobrowseButton } from './CobrowseButton.js'

function renderButton(options: Parameters<typeof createFakeCustomerSdk>[0] = {}) {
  const fake = createFakeCustomerSdk(options)
  const store = createSessionStore({ sdkKey: 'k', token: 'h.p.s', sdk: fake.sdk, storage: null })
  const view = render(
    <CobrowseProvider store={store}>
      <CobrowseButton label="Get help" />
    </CobrowseProvider>,
  )
  const root = () => view.container.firstElementChild as HTMLElement
  return { fake, store, root }
}

describe('CobrowseButton', () => {
  it('loads the SDK on intent (focus), not on render', async () => {
    const { fake } = renderButton()
    expect(fake.calls.init).toHaveLength(0)
    await act(async () => {
      fireEvent.focus(screen.getByRole('button', { name: 'Get help' }))
    })
    expect(fake.calls.init).toHaveLength(1)
  })

  it('drives start → PIN → agent → end', async () => {
    const { fake, root } = renderButton({ onStart: [{ type: 'pin-issued', pin: '123456' }] })
    fireEvent.click(screen.getByRole('button', { name: 'Get help' }))
    expect(await screen.findByText('123 456')).toBeTruthy()
    expect(root().dataset.state).toBe('pin')
    expect(screen.getByText('1 2 3 4 5 6').className).toBe('cbk-visually-hidden')
    expect(root().querySelector('[aria-live]')?.textContent).toBe('Your support PIN is 1 2 3 4 5 6')
    await act(() => fake.play([{ type: 'agent-joined' }]))
    expect(screen.getByText('An agent can see this page.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'End session' }))
    expect(root().dataset.state).toBe('ended')
    expect(screen.getByText('Session ended.')).toBeTruthy()
    expect(fake.calls.end).toBe(1)
  })

  it('shows a typed error with its hint and retries', async () => {
    const { fake } = renderButton({ onStart: [{ type: 'error', code: 2001 }] })
    fireEvent.click(screen.getByRole('button', { name: 'Get help' }))
    const alert = await screen.findByRole('alert')
    const expected = new CobrowseError(2001)
    expect(alert.textContent).toContain(expected.message)
    expect(alert.textContent).toContain(expected.hint)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    })
    expect(fake.calls.start).toHaveLength(2)
  })

  it('shows reconnecting while the network is down', async () => {
    const { fake, root } = renderButton()
    fireEvent.click(screen.getByRole('button', { name: 'Get help' }))
    await screen.findByRole('button', { name: 'End session' })
    await act(() => fake.play([{ type: 'network-dropped' }]))
    expect(root().dataset.state).toBe('reconnecting')
    expect(root().querySelector('.cbk-cobrowse__reconnecting')?.textContent).toBe('Reconnecting…')
  })
})

describe('CobrowseButton in Spanish', () => {
  it('shows errors in the language of the messages', async () => {
    const { CobrowseMessagesProvider } = await import('../messages/CobrowseMessagesProvider.js')
    const fake = createFakeCustomerSdk({ onStart: [{ type: 'error', code: 1016 }] })
    const store = createSessionStore({ sdkKey: 'k', token: 'h.p.s', sdk: fake.sdk, storage: null })
    render(
      <CobrowseMessagesProvider locale="es">
        <CobrowseProvider store={store}>
          <CobrowseButton />
        </CobrowseProvider>
      </CobrowseMessagesProvider>,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Obtener ayuda' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Se perdió la conexión.')
    expect(screen.getByRole('button', { name: 'Reintentar' })).toBeTruthy()
  })
})
