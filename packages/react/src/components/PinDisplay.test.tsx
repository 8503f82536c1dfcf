import { createSessionStore, type SessionStore } from '@cobrowse-kit/core'
import { createFakeCustomerSdk } from '@cobrowse-kit/core/testing'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { CobrowseMessagesProvider } from '../messages/CobrowseMessagesProvider.js'
import { PinDisplay } from './PinDisplay.js'

function sessionWithPin(pin: string): SessionStore {
  const fake = createFakeCustomerSdk({ onStart: [{ type: 'pin-issued', pin }] })
  return createSessionStore({ sdkKey: 'k', token: 'h.p.s', sdk: fake.sdk, storage: null })
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText)
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: spy } })
  return spy
}

const groupsOf = (root: Element) => [...root.querySelectorAll('.cbk-pin__group')].map((group) => group.textContent)
const feedbackOf = (root: Element) => root.querySelector('[aria-live="polite"]')

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('PinDisplay with the session PIN', () => {
  it('renders nothing until a PIN is issued, then the PIN in groups and spelled out', async () => {
    const store = sessionWithPin('123456')
    const { container } = render(
      <CobrowseProvider store={store}>
        <PinDisplay />
      </CobrowseProvider>,
    )
    expect(container.innerHTML).toBe('')
    await act(() => store.start())
    const root = container.querySelector('.cbk-pin') as HTMLElement
    expect(groupsOf(root)).toEqual(['123', '456'])
    expect(root.querySelector('.cbk-pin__groups')?.getAttribute('aria-hidden')).toBe('true')
    expect(screen.getByText('1 2 3 4 5 6').className).toBe('cbk-visually-hidden')
    expect(screen.getByText('Your PIN')).toBeTruthy()
  })

  it('copies the session PIN through the clipboard and keeps focus on the button', async () => {
    const writeText = stubClipboard(async () => {})
    const store = sessionWithPin('246813')
    const { container } = render(<PinDisplay store={store} copiedResetMs={30} />)
    await act(() => store.start())
    const button = screen.getByRole('button', { name: 'Copy PIN' })
    button.focus()
    await act(async () => {
      fireEvent.click(button)
    })
    expect(writeText).toHaveBeenCalledWith('246813')
    expect(feedbackOf(container)?.textContent).toBe('Copied')
    expect(document.activeElement).toBe(button)
    await waitFor(() => expect(feedbackOf(container)?.textContent).toBe(''))
  })

  it('prefers an explicit store over the provider', async () => {
    const fromContext = sessionWithPin('111111')
    const explicit = sessionWithPin('222222')
    const { container } = render(
      <CobrowseProvider store={fromContext}>
        <PinDisplay store={explicit} />
      </CobrowseProvider>,
    )
    await act(async () => {
      await fromContext.start()
      await explicit.start()
    })
    expect(groupsOf(container)).toEqual(['222', '222'])
  })
})

describe('PinDisplay with a pin prop', () => {
  it('shows a BYOP PIN without a provider, grouped in fours', () => {
    const { container } = render(<PinDisplay pin="abcd-1234" />)
    expect(groupsOf(container)).toEqual(['ABCD', '1234'])
    expect(screen.getByText('A B C D 1 2 3 4')).toBeTruthy()
    // A Latin code keeps its order on right-to-left pages.
    expect(container.querySelector('.cbk-pin__groups')?.getAttribute('dir')).toBe('ltr')
  })

  it('renders nothing for an empty PIN', () => {
    const { container } = render(<PinDisplay pin="" />)
    expect(container.innerHTML).toBe('')
  })

  it('copies the given PIN and announces the confirmation politely', async () => {
    const writeText = stubClipboard(async () => {})
    const { container } = render(<PinDisplay pin="ABCD1234" />)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy PIN' }))
    })
    expect(writeText).toHaveBeenCalledWith('ABCD1234')
    expect(feedbackOf(container)?.textContent).toBe('Copied')
  })

  it('asks the customer to copy by hand when the clipboard is refused', async () => {
    stubClipboard(() => Promise.reject(new Error('denied')))
    const { container } = render(<PinDisplay pin="123456" />)
    const button = screen.getByRole('button', { name: 'Copy PIN' })
    button.focus()
    await act(async () => {
      fireEvent.click(button)
    })
    expect(feedbackOf(container)?.textContent).toBe('Select the PIN and copy it')
    expect(document.activeElement).toBe(button)
  })

  it('asks the same when the browser has no clipboard at all', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined })
    const { container } = render(<PinDisplay pin="123456" />)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy PIN' }))
    })
    expect(feedbackOf(container)?.textContent).toBe('Select the PIN and copy it')
  })

  it('drops an old confirmation when the PIN changes', async () => {
    stubClipboard(async () => {})
    const { container, rerender } = render(<PinDisplay pin="123456" />)
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy PIN' }))
    })
    expect(feedbackOf(container)?.textContent).toBe('Copied')
    rerender(<PinDisplay pin="654321" />)
    expect(feedbackOf(container)?.textContent).toBe('')
  })

  it('offers large type and keeps the caller class', () => {
    const { container } = render(<PinDisplay pin="123456" size="large" className="support-pin" />)
    expect(container.firstElementChild?.className).toBe('cbk-pin cbk-pin--large support-pin')
    const { container: normal } = render(<PinDisplay pin="123456" />)
    expect(normal.firstElementChild?.className).toBe('cbk-pin')
  })
})

describe('PinDisplay strings', () => {
  it('speaks Spanish under a Spanish provider', async () => {
    stubClipboard(() => Promise.reject(new Error('denied')))
    const { container } = render(
      <CobrowseMessagesProvider locale="es">
        <PinDisplay pin="123456" />
      </CobrowseMessagesProvider>,
    )
    expect(screen.getByText('Su PIN')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copiar PIN' }))
    })
    expect(feedbackOf(container)?.textContent).toBe('Seleccione el PIN y cópielo')
  })

  it('uses an overridden string', () => {
    render(
      <CobrowseMessagesProvider messages={{ copyPin: 'Copy code' }}>
        <PinDisplay pin="123456" />
      </CobrowseMessagesProvider>,
    )
    expect(screen.getByRole('button', { name: 'Copy code' })).toBeTruthy()
    expect(screen.getByText('Your PIN')).toBeTruthy()
  })
})
