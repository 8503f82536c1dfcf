import { createSessionStore } from '@cobrowse-kit/core'
import { createFakeCustomerSdk } from '@cobrowse-kit/core/testing'
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { CobrowseProvider } from './CobrowseProvider.js'
import { CobrowseButton } from './components/CobrowseButton.js'
import { useCobrowseStore, useMaybeCobrowseStore } from './context/useCobrowseStore.js'
import { useCobrowseSession } from './hooks/useCobrowseSession.js'

const TOKEN = 'h.p.s'
const seen: unknown[] = []

function Probe() {
  seen.push(useCobrowseStore())
  return null
}

describe('CobrowseProvider', () => {
  it('names the hook and the provider when used outside one', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => renderHook(() => useCobrowseSession())).toThrow(
      /useCobrowseSession\(\) must be called inside a <CobrowseProvider>/,
    )
    expect(() => renderHook(() => useCobrowseStore())).toThrow(/useCobrowseStore\(\)/)
    vi.mocked(console.error).mockRestore()
  })

  it('offers a maybe variant that returns undefined outside a provider', () => {
    const { result } = renderHook(() => useMaybeCobrowseStore())
    expect(result.current).toBeUndefined()
  })

  it('lets an explicit store win over the context', () => {
    const outer = createSessionStore({ sdkKey: 'outer', token: TOKEN, storage: null })
    const explicit = createSessionStore({ sdkKey: 'explicit', token: TOKEN, storage: null })
    const { result } = renderHook(() => useCobrowseStore(explicit), {
      wrapper: ({ children }) => <CobrowseProvider store={outer}>{children}</CobrowseProvider>,
    })
    expect(result.current).toBe(explicit)
  })

  it('gives two providers two stores', () => {
    seen.length = 0
    render(
      <>
        <CobrowseProvider config={{ sdkKey: 'a', token: TOKEN, storage: null }}>
          <Probe />
        </CobrowseProvider>
        <CobrowseProvider config={{ sdkKey: 'b', token: TOKEN, storage: null }}>
          <Probe />
        </CobrowseProvider>
      </>,
    )
    expect(seen[0]).not.toBe(seen[1])
  })

  it('inits the SDK exactly once under StrictMode and attaches each listener once', async () => {
    const fake = createFakeCustomerSdk({ onStart: [{ type: 'pin-issued', pin: '123456' }] })
    const bare = createFakeCustomerSdk()
    // Reference count of listeners for one attached store.
    const reference = createSessionStore({ sdkKey: 'k', token: TOKEN, sdk: bare.sdk, storage: null })
    await reference.load()

    render(
      <StrictMode>
        <CobrowseProvider config={{ sdkKey: 'k', token: TOKEN, sdk: fake.sdk, storage: null }}>
          <CobrowseButton />
        </CobrowseProvider>
      </StrictMode>,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Get help' }))
    await screen.findByText('123 456')
    expect(fake.calls.init).toHaveLength(1)
    expect(fake.calls.start).toHaveLength(1)
    expect(fake.listenerCount()).toBe(bare.listenerCount())
  })

  it('rejoins a session interrupted by a refresh when it mounts', async () => {
    const fake = createFakeCustomerSdk({ recoverable: { pin: '987654' } })
    const storage = new Map([['cobrowse-kit:live:k', '1']])
    render(
      <StrictMode>
        <CobrowseProvider
          config={{
            sdkKey: 'k',
            token: TOKEN,
            sdk: fake.sdk,
            storage: {
              getItem: (key) => storage.get(key) ?? null,
              setItem: (key, value) => void storage.set(key, value),
              removeItem: (key) => void storage.delete(key),
            },
          }}
        >
          <CobrowseButton />
        </CobrowseProvider>
      </StrictMode>,
    )
    await screen.findByText('987 654')
    expect(fake.calls.init).toHaveLength(1)
    expect(fake.calls.join).toBe(1)
  })

  it('detaches from the SDK when unmounted', async () => {
    const fake = createFakeCustomerSdk()
    const store = createSessionStore({ sdkKey: 'k', token: TOKEN, sdk: fake.sdk, storage: null })
    const view = render(<CobrowseProvider store={store} />)
    await act(() => store.load())
    expect(fake.listenerCount()).toBeGreaterThan(0)
    view.unmount()
    expect(fake.listenerCount()).toBe(0)
  })

  it('warns when the sdkKey changes after mount', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const view = render(<CobrowseProvider config={{ sdkKey: 'one', token: TOKEN, storage: null }} />)
    view.rerender(<CobrowseProvider config={{ sdkKey: 'two', token: TOKEN, storage: null }} />)
    await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('keeps the first one')))
    warn.mockRestore()
  })

  it('says in development that new masking after mount is not applied, and is quiet for an equal one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const config = (selectors: string[]) => ({ sdkKey: 'k', token: TOKEN, storage: null, masking: { selectors } })
    const view = render(<CobrowseProvider config={config(['.pii'])} />)
    view.rerender(<CobrowseProvider config={config(['.pii'])} />)
    expect(warn).not.toHaveBeenCalled()
    view.rerender(<CobrowseProvider config={config(['.pii', '#ssn'])} />)
    await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('reads piiMask once, at init')))
    expect(warn.mock.calls[0]?.[0]).toContain('<Mask>')
    warn.mockRestore()
  })
})
