import { createSessionStore, type SessionStore } from '@cobrowse-kit/core'
import { createFakeCustomerSdk, type FakeCustomerSdk } from '@cobrowse-kit/core/testing'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { useCobrowseEvent } from './useCobrowseEvent.js'
import { useCobrowseSession } from './useCobrowseSession.js'
import { useCobrowseState } from './useCobrowseState.js'
import { usePincode } from './usePincode.js'

function setup(pin = '123456'): {
  fake: FakeCustomerSdk
  store: SessionStore
  wrapper: (p: { children: ReactNode }) => ReactNode
} {
  const fake = createFakeCustomerSdk({ onStart: [{ type: 'pin-issued', pin }] })
  const store = createSessionStore({ sdkKey: 'k', token: 'h.p.s', sdk: fake.sdk, storage: null })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <CobrowseProvider store={store}>{children}</CobrowseProvider>
  )
  return { fake, store, wrapper }
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('useCobrowseSession', () => {
  it('exposes status, pin, agents and the actions through a whole flow', async () => {
    const { fake, wrapper } = setup('654321')
    const { result } = renderHook(() => useCobrowseSession(), { wrapper })
    expect(result.current).toMatchObject({ status: 'idle', pin: undefined, agents: [], error: undefined })
    await act(() => result.current.start())
    await waitFor(() => expect(result.current.status).toBe('pin'))
    expect(result.current.pin).toBe('654321')
    await act(() => fake.play([{ type: 'agent-joined', agent: { userId: 'a', userName: 'Ana' } }]))
    expect(result.current.agents).toEqual([{ id: 'a', name: 'Ana' }])
    act(() => result.current.end())
    expect(result.current.state).toEqual({ status: 'ended', reason: 'ended_by_customer' })
  })

  it('exposes a typed error and a retry that works', async () => {
    const fake = createFakeCustomerSdk({ onStart: [{ type: 'error', code: 1006 }] })
    const store = createSessionStore({ sdkKey: 'k', token: 'h.p.s', sdk: fake.sdk, storage: null })
    const { result } = renderHook(() => useCobrowseSession(store))
    await act(() => result.current.start())
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.error).toMatchObject({ code: 1006, name: 'SESSION_JOIN_PIN_NOT_FOUND' })
    await act(() => result.current.retry())
    expect(fake.calls.start).toHaveLength(2)
  })
})

describe('usePincode', () => {
  it('groups the PIN and copies it, confirming for a moment', async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const { store, wrapper } = setup('246813')
    const { result } = renderHook(() => usePincode({ copiedResetMs: 50 }), { wrapper })
    expect(result.current.groups).toEqual([])
    expect(await result.current.copy()).toBe(false)
    await act(() => store.start())
    await waitFor(() => expect(result.current.pin).toBe('246813'))
    expect(result.current.groups).toEqual(['246', '813'])
    let copied = false
    await act(async () => {
      copied = await result.current.copy()
    })
    expect(copied).toBe(true)
    expect(writeText).toHaveBeenCalledWith('246813')
    expect(result.current.copied).toBe(true)
    await waitFor(() => expect(result.current.copied).toBe(false))
  })

  it('reports a refused clipboard as false', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
    })
    const { store, wrapper } = setup()
    const { result } = renderHook(() => usePincode(), { wrapper })
    await act(() => store.start())
    await waitFor(() => expect(result.current.pin).toBeDefined())
    let copied = true
    await act(async () => {
      copied = await result.current.copy()
    })
    expect(copied).toBe(false)
    expect(result.current.copied).toBe(false)
  })
})

describe('useCobrowseEvent', () => {
  it('calls the latest handler without subscribing again on re-render', async () => {
    const { fake, store, wrapper } = setup()
    const on = vi.spyOn(store, 'on')
    const first = vi.fn()
    const second = vi.fn()
    const { rerender } = renderHook(({ handler }) => useCobrowseEvent('agent_joined', handler), {
      wrapper,
      initialProps: { handler: first },
    })
    rerender({ handler: second })
    rerender({ handler: second })
    expect(on).toHaveBeenCalledTimes(1)
    await act(() => store.start())
    await act(() => fake.play([{ type: 'agent-joined', agent: { userId: 'z', userName: 'Zed' } }]))
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledWith(expect.objectContaining({ userId: 'z' }))
  })

  it('unsubscribes on unmount', async () => {
    const { fake, store, wrapper } = setup()
    const handler = vi.fn()
    const { unmount } = renderHook(() => useCobrowseEvent('agent_joined', handler), { wrapper })
    unmount()
    await act(() => store.start())
    await act(() => fake.play([{ type: 'agent-joined' }]))
    expect(handler).not.toHaveBeenCalled()
  })
})

describe('useCobrowseState', () => {
  it('selects a slice of the state', async () => {
    const { store, wrapper } = setup()
    const { result } = renderHook(() => useCobrowseState((s) => s.status), { wrapper })
    expect(result.current).toBe('idle')
    await act(() => store.load())
    expect(result.current).toBe('ready')
  })
})
