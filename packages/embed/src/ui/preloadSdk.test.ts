import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EmbedOptions } from '../shared/embedOptions.js'

type Core = typeof import('@cobrowse-kit/core')
type Preload = typeof import('./preloadSdk.js')

const ORIGIN = 'http://127.0.0.1:4010'
const OPTIONS: EmbedOptions = { sdkKey: 'key-1', token: { url: '/api/cobrowse/token' }, origin: ORIGIN }

let core: Core
let preloadSdk: Preload['preloadSdk']

const sdkScripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[src*="/static/resource/sdk/"]')]

/** What Zoom's script does when it runs: defines the SDK; then the browser fires `load`. */
function finishLoading(script: HTMLScriptElement | undefined) {
  const init = vi.fn((_settings: unknown, callback: (result: { success: boolean; session?: unknown }) => void) =>
    callback({ success: true, session: { on: vi.fn(), off: vi.fn(), getSessionInfo: () => undefined } }),
  )
  window.ZoomCobrowseSDK = { init, version: 'fake' } as unknown as NonNullable<typeof window.ZoomCobrowseSDK>
  script?.dispatchEvent(new Event('load'))
  return init
}

beforeEach(async () => {
  // Core's loader remembers one load per URL for the life of the page: each test gets a fresh page's worth.
  vi.resetModules()
  core = await import('@cobrowse-kit/core')
  ;({ preloadSdk } = await import('./preloadSdk.js'))
})

afterEach(() => {
  for (const script of document.querySelectorAll('script')) script.remove()
  delete window.ZoomCobrowseSDK
  delete window.ZoomCobrowseSDKInitArgs
  vi.restoreAllMocks()
})

describe('preloadSdk', () => {
  it("injects Zoom's script with the widget's URL and nonce, and inits nothing", async () => {
    const preload = preloadSdk({ ...OPTIONS, version: '3.9.x', nonce: 'n0nce' })
    const [script, ...others] = sdkScripts()
    expect(others).toEqual([])
    expect(script?.src).toBe(core.buildSdkUrl({ sdkKey: 'key-1', version: '3.9.x', origin: ORIGIN }))
    expect(script?.getAttribute('nonce')).toBe('n0nce')
    const init = finishLoading(script)
    await expect(preload).resolves.toBeUndefined()
    expect(init).not.toHaveBeenCalled()
  })

  it("is the load the widget's session store makes later: one tag, no token request", async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const { toSessionStoreConfig } = await import('./toSessionStoreConfig.js')
    const preload = preloadSdk(OPTIONS)
    const store = core.createSessionStore(toSessionStoreConfig(OPTIONS))
    const loading = store.load()
    expect(sdkScripts()).toHaveLength(1)
    const init = finishLoading(sdkScripts()[0])
    await Promise.all([preload, loading])
    expect(store.getState().status).toBe('ready')
    expect(init).toHaveBeenCalledOnce()
    expect(sdkScripts()).toHaveLength(1)
    expect(fetchSpy).not.toHaveBeenCalled()
    store.destroy()
  })

  it("rejects with core's typed error when the script fails, and a later load tries afresh", async () => {
    const preload = preloadSdk(OPTIONS)
    sdkScripts()[0]?.dispatchEvent(new Event('error'))
    const error = await preload.catch((failure: unknown) => failure)
    expect(error).toMatchObject({ code: 'sdk_load_failed', hint: expect.stringContaining('emulator') })
    expect(sdkScripts()).toHaveLength(0)

    const retry = core.loadCobrowseSdk({ sdkKey: 'key-1', origin: ORIGIN })
    expect(sdkScripts()).toHaveLength(1)
    finishLoading(sdkScripts()[0])
    await expect(retry).resolves.toBeDefined()
  })

  it('warms nothing for masking the session store would refuse', async () => {
    await expect(preloadSdk({ ...OPTIONS, masking: { selectors: ['.pii', ':not(.x'] } })).resolves.toBeUndefined()
    expect(sdkScripts()).toHaveLength(0)
    expect(window.ZoomCobrowseSDK).toBeUndefined()
  })
})
