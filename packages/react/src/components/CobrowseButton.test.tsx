import { CobrowseError, createSessionStore } from '@cobrowse-kit/core'
import { createFakeCustomerSdk } from '@cobrowse-kit/core/testing'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { CobrowseButton } from './CobrowseButton.js'

function renderButton(options: Parameters<typeof createFakeCustomerSdk>[0] = {}, copyable?: boolean) {
  const fake = createFakeCustomerSdk(options)
  const store = createSessionStore({ sdkKey: 'k', token: 'h.p.s', sdk: fake.sdk, storage: null })
  const view = render(
    <CobrowseProvider store={store}>
      <CobrowseButton label="Get help" {...(copyable === undefined ? {} : { copyable })} />
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

describe('CobrowseButton with copyable', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('has no copy button by default', async () => {
    renderButton({ onStart: [{ type: 'pin-issued', pin: '123456' }] })
    fireEvent.click(screen.getByRole('button', { name: 'Get help' }))
    expect(await screen.findByText('123 456')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Copy PIN' })).toBeNull()
  })

  it('adds a copy button next to the same PIN, which copies it and says so politely', async () => {
    const writeText = vi.fn(async (_text: string) => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const { root } = renderButton({ onStart: [{ type: 'pin-issued', pin: '246813' }] }, true)
    fireEvent.click(screen.getByRole('button', { name: 'Get help' }))
    const copy = await screen.findByRole('button', { name: 'Copy PIN' })
    expect(root().dataset.state).toBe('pin')
    expect(screen.getByText('246 813')).toBeTruthy()
    await act(async () => {
      fireEvent.click(copy)
    })
    expect(writeText).toHaveBeenCalledWith('246813')
    const feedback = root().querySelector('.cbk-pin__feedback')
    expect(feedback?.textContent).toBe('Copied')
    expect(feedback?.getAttribute('aria-live')).toBe('polite')
    expect(screen.getByRole('button', { name: 'End session' })).toBeTruthy()
  })

  it('tells the customer to copy by hand when the clipboard is refused', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } })
    const { root } = renderButton({ onStart: [{ type: 'pin-issued', pin: '246813' }] }, true)
    fireEvent.click(screen.getByRole('button', { name: 'Get help' }))
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Copy PIN' }))
    })
    expect(root().querySelector('.cbk-pin__feedback')?.textContent).toBe('Select the PIN and copy it')
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
