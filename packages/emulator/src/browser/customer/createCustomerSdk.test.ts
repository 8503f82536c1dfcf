import { afterEach, describe, expect, it, vi } from 'vitest'
import { FIDELITY } from '../../config/fidelity.js'
import { PATHS } from '../../protocol/paths.js'
import { createCustomerSdk, type InitResult } from './createCustomerSdk.js'
import type { OpenSocket } from './transport/customerSocket.js'

const ORIGIN = 'http://127.0.0.1:4010'
const SAVED = { sessionId: 's-9', resumeKey: 'r-9', pin: '654321' }

const noSocket: OpenSocket = () => ({ send: () => {}, close: () => {} })

function init(sdk: ReturnType<typeof createCustomerSdk>, settings: unknown = {}): Promise<InitResult> {
  return new Promise((resolve) => sdk.init(settings, resolve))
}

afterEach(() => {
  window.sessionStorage.clear()
  vi.restoreAllMocks()
})

describe('createCustomerSdk', () => {
  it('calls back asynchronously with the same session for every init', async () => {
    const sdk = createCustomerSdk({ win: window, origin: ORIGIN, openSocket: noSocket })
    let called = false
    const first = new Promise<InitResult>((resolve) =>
      sdk.init({}, (result) => {
        called = true
        resolve(result)
      }),
    )
    expect(called).toBe(false)
    const a = await first
    const b = await init(sdk)
    expect(a.success).toBe(true)
    expect(a.session).toBeDefined()
    expect(b.session).toBe(a.session)
    expect(a.session?.getSessionInfo()).toEqual({ sessionStatus: FIDELITY.sessionStatus.idle })
  })

  it('fails with 1001 in a browser without WebSocket', async () => {
    const win = Object.create(window, { WebSocket: { value: undefined } }) as Window
    const result = await init(createCustomerSdk({ win, origin: ORIGIN, openSocket: noSocket }))
    expect(result).toEqual({ success: false, error: { code: 1001, errorMsg: expect.stringContaining('WebSocket') } })
  })

  it('asks the emulator about saved state and reports session_recoverable when it still lives', async () => {
    window.sessionStorage.setItem(FIDELITY.defaultStateKey, JSON.stringify(SAVED))
    const fetch = vi.fn(async () => new Response(JSON.stringify({ recoverable: true, pin: '654321' })))
    const result = await init(createCustomerSdk({ win: window, origin: ORIGIN, openSocket: noSocket, fetch }))
    const url = new URL(String(fetch.mock.calls[0]?.[0 as never]))
    expect(url.origin + url.pathname).toBe(ORIGIN + PATHS.recoveryStatus)
    expect(Object.fromEntries(url.searchParams)).toEqual({ sessionId: 's-9', resumeKey: 'r-9' })
    expect(result.session?.getSessionInfo()).toEqual({
      sessionStatus: 'session_recoverable',
      pinCode: '654321',
      sessionId: 's-9',
    })
  })

  it('forgets saved state the emulator no longer knows, under a custom state key', async () => {
    window.sessionStorage.setItem('my-key', JSON.stringify(SAVED))
    const fetch = vi.fn(async () => new Response(JSON.stringify({ recoverable: false })))
    const sdk = createCustomerSdk({ win: window, origin: ORIGIN, openSocket: noSocket, fetch })
    const result = await init(sdk, { multiTabSessionPersistence: { enable: false, stateCookieKey: 'my-key' } })
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(result.session?.getSessionInfo()).toEqual({ sessionStatus: 'idle' })
    expect(window.sessionStorage.getItem('my-key')).toBeNull()
  })

  it('warns about piiMask selectors that are not valid CSS', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await init(createCustomerSdk({ win: window, origin: ORIGIN, openSocket: noSocket }), {
      piiMask: { maskCssSelectors: '.ok, ..broken' },
    })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('..broken'))
  })
})
