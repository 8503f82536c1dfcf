import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CustomerSdk } from '../sdk/customerSession.js'
import type { CustomerInitSettings } from '../sdk/customerSettings.js'

type LoaderModule = typeof import('./loadCobrowseSdk.js')

const ZOOM = 'https://us01-zcb.zoom.us'
const URL_390 = `${ZOOM}/static/resource/sdk/key123/js/3.9.0`

let loader: LoaderModule

function scripts(): HTMLScriptElement[] {
  return Array.from(document.querySelectorAll('script'))
}

function onlyScript(): HTMLScriptElement {
  const all = scripts()
  expect(all).toHaveLength(1)
  return all[0] as HTMLScriptElement
}

function fakeSdk(): CustomerSdk & { version: string } {
  return { init: vi.fn(), version: 'x' }
}

/** What the real script does when it runs: defines the global, then the browser fires `load`. */
function finishLoading(script: HTMLScriptElement, sdk: CustomerSdk | null = fakeSdk()): void {
  if (sdk !== null) window.ZoomCobrowseSDK = sdk
  script.dispatchEvent(new Event('load'))
}

function failLoading(script: HTMLScriptElement): void {
  script.dispatchEvent(new Event('error'))
}

function addHostScript(src: string): HTMLScriptElement {
  const script = document.createElement('script')
  script.setAttribute('src', src)
  document.head.appendChild(script)
  return script
}

function track<T>(promise: Promise<T>): { settled: () => boolean } {
  let settled = false
  promise.then(
    () => {
      settled = true
    },
    () => {
      settled = true
    },
  )
  return { settled: () => settled }
}

beforeEach(async () => {
  vi.resetModules()
  loader = await import('./loadCobrowseSdk.js')
})

afterEach(() => {
  vi.useRealTimers()
  document.head.innerHTML = ''
  document.body.innerHTML = ''
  delete window.ZoomCobrowseSDK
  delete window.ZoomCobrowseSDKInitArgs
})

describe('loadCobrowseSdk', () => {
  it('injects one async script for the built URL and resolves the SDK on load', async () => {
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    const script = onlyScript()
    expect(script.parentNode).toBe(document.head)
    expect(script.src).toBe(URL_390)
    expect(script.async).toBe(true)
    expect(script.hasAttribute('nonce')).toBe(false)

    const sdk = fakeSdk()
    finishLoading(script, sdk)
    await expect(promise).resolves.toBe(sdk)
    expect(scripts()).toEqual([script])
  })

  it('puts the CSP nonce on the injected script', async () => {
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123', nonce: 'r4nd0m' })
    const script = onlyScript()
    expect(script.getAttribute('nonce')).toBe('r4nd0m')
    finishLoading(script)
    await promise
  })

  it('clears its timer once loaded', async () => {
    vi.useFakeTimers()
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    expect(vi.getTimerCount()).toBe(1)
    finishLoading(onlyScript())
    await promise
    expect(vi.getTimerCount()).toBe(0)
  })

  it('rejects with sdk_load_failed when the script loads without defining the SDK, and removes its tag', async () => {
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    const script = onlyScript()
    finishLoading(script, null)

    const error = await promise.catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'sdk_load_failed', name: 'SDK_LOAD_FAILED' })
    expect((error as Error).message).toMatch(/loaded but did not define ZoomCobrowseSDK/)
    expect((error as Error).message).toMatch(/check sdkKey, version and origin/)
    expect(script.isConnected).toBe(false)
  })

  it('treats a load that leaves only Zoom’s snippet stub behind as a failure', async () => {
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    finishLoading(onlyScript(), { init: vi.fn() })
    await expect(promise).rejects.toMatchObject({ code: 'sdk_load_failed' })
  })

  it('rejects with sdk_load_failed naming the URL on a script error, and removes its tag', async () => {
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    const script = onlyScript()
    failLoading(script)

    const error = await promise.catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'sdk_load_failed' })
    expect((error as Error).message).toContain(URL_390)
    const { hint } = error as { hint: string }
    expect(hint).toMatch(/CDN/)
    expect(hint).toMatch(/script-src/)
    expect(hint).toMatch(/ad-blocker/)
    expect(hint).not.toMatch(/emulator/)
    expect(scripts()).toHaveLength(0)
  })

  it('mentions the emulator when the origin is not Zoom’s', async () => {
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123', origin: 'http://localhost:4010/' })
    const script = onlyScript()
    expect(script.src).toBe('http://localhost:4010/static/resource/sdk/key123/js/3.9.0')
    failLoading(script)
    await expect(promise).rejects.toMatchObject({ hint: expect.stringMatching(/emulator.*running/) })
  })

  it('rejects with sdk_load_timeout after 20 s by default, and removes its tag', async () => {
    vi.useFakeTimers()
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    const state = track(promise)
    const script = onlyScript()

    await vi.advanceTimersByTimeAsync(19_999)
    expect(state.settled()).toBe(false)
    const rejection = expect(promise).rejects.toMatchObject({ code: 'sdk_load_timeout', name: 'SDK_LOAD_TIMEOUT' })
    await vi.advanceTimersByTimeAsync(1)
    await rejection
    expect(script.isConnected).toBe(false)
  })

  it('honours timeoutMs, and a late load neither reaches the failed attempt nor loses a queued init', async () => {
    vi.useFakeTimers()
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123', timeoutMs: 500 })
    const script = onlyScript()
    const callback = vi.fn()
    window.ZoomCobrowseSDK?.init({}, callback)
    const rejection = expect(promise).rejects.toMatchObject({
      code: 'sdk_load_timeout',
      message: expect.stringContaining('500 ms'),
    })
    await vi.advanceTimersByTimeAsync(500)
    await rejection

    // The browser may still run a removed tag's script; the timed-out attempt's listeners must be gone by then.
    const sdk = fakeSdk()
    finishLoading(script, sdk)
    expect(sdk.init).not.toHaveBeenCalled()

    await expect(loader.loadCobrowseSdk({ sdkKey: 'key123' })).resolves.toBe(sdk)
    expect(sdk.init).toHaveBeenCalledTimes(1)
    expect(sdk.init).toHaveBeenCalledWith({}, callback)
    expect('ZoomCobrowseSDKInitArgs' in window).toBe(false)
  })

  it('reuses an SDK global that is already defined, without adding a tag', async () => {
    const sdk = fakeSdk()
    window.ZoomCobrowseSDK = sdk
    await expect(loader.loadCobrowseSdk({ sdkKey: 'key123' })).resolves.toBe(sdk)
    expect(scripts()).toHaveLength(0)
  })

  it('does not call init on a reused SDK when nothing is queued', async () => {
    const sdk = fakeSdk()
    window.ZoomCobrowseSDK = sdk
    await loader.loadCobrowseSdk({ sdkKey: 'key123' })
    expect(sdk.init).not.toHaveBeenCalled()
  })

  it('does not mistake Zoom’s snippet stub for a loaded SDK', async () => {
    const snippetStub = { init: vi.fn() }
    window.ZoomCobrowseSDK = snippetStub
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    const script = onlyScript()
    expect(window.ZoomCobrowseSDK).toBe(snippetStub)
    const sdk = fakeSdk()
    finishLoading(script, sdk)
    await expect(promise).resolves.toBe(sdk)
  })

  it('waits for a host-added tag with the same URL instead of adding another', async () => {
    const hostScript = addHostScript(URL_390)
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    expect(scripts()).toEqual([hostScript])

    const sdk = fakeSdk()
    finishLoading(hostScript, sdk)
    await expect(promise).resolves.toBe(sdk)
  })

  it('waits for a host-added tag of another SDK version rather than loading a second SDK', async () => {
    const hostScript = addHostScript(`${ZOOM}/static/resource/sdk/key123/js/3.8.x`)
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    expect(scripts()).toEqual([hostScript])
    finishLoading(hostScript)
    await expect(promise).resolves.toBeDefined()
  })

  it('ignores host scripts that are not the SDK', async () => {
    addHostScript('https://cdn.example.com/analytics.js')
    addHostScript(`${ZOOM}/static/other/thing.js`)
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    expect(scripts()).toHaveLength(3)
    const ours = scripts().find((script) => script.src === URL_390)
    expect(ours).toBeDefined()
    finishLoading(ours as HTMLScriptElement)
    await promise
  })

  it('never removes a host-added tag on failure, and a retry waits on it again', async () => {
    const hostScript = addHostScript(URL_390)
    const first = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    failLoading(hostScript)
    await expect(first).rejects.toMatchObject({ code: 'sdk_load_failed' })
    expect(hostScript.isConnected).toBe(true)

    const second = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    expect(second).not.toBe(first)
    expect(scripts()).toEqual([hostScript])
    const sdk = fakeSdk()
    finishLoading(hostScript, sdk)
    await expect(second).resolves.toBe(sdk)
  })

  it('never removes a host-added tag on timeout', async () => {
    vi.useFakeTimers()
    const hostScript = addHostScript(URL_390)
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123', timeoutMs: 100 })
    const rejection = expect(promise).rejects.toMatchObject({ code: 'sdk_load_timeout' })
    await vi.advanceTimersByTimeAsync(100)
    await rejection
    expect(hostScript.isConnected).toBe(true)
  })

  it('shares one promise and one tag per URL', async () => {
    const first = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    const second = loader.loadCobrowseSdk({ sdkKey: 'key123', version: '3.9.0', origin: `${ZOOM}/` })
    expect(second).toBe(first)
    expect(scripts()).toHaveLength(1)
    finishLoading(onlyScript())
    await first
    expect(loader.loadCobrowseSdk({ sdkKey: 'key123' })).toBe(first)
  })

  it('gives a different URL its own promise', async () => {
    const exact = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    const minor = loader.loadCobrowseSdk({ sdkKey: 'key123', version: '3.9.x' })
    expect(minor).not.toBe(exact)
    finishLoading(onlyScript())
    await Promise.all([exact, minor])
  })

  it('starts afresh after a failure: a retry injects a new tag and can succeed', async () => {
    const first = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    const firstScript = onlyScript()
    failLoading(firstScript)
    await expect(first).rejects.toMatchObject({ code: 'sdk_load_failed' })

    const second = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    expect(second).not.toBe(first)
    const secondScript = onlyScript()
    expect(secondScript).not.toBe(firstScript)
    expect(secondScript.src).toBe(URL_390)

    const sdk = fakeSdk()
    finishLoading(secondScript, sdk)
    await expect(second).resolves.toBe(sdk)
  })

  it('replays an init made on the stub before load, exactly once', async () => {
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    const settings: CustomerInitSettings = { allowAgentAnnotation: true }
    const callback = vi.fn()
    window.ZoomCobrowseSDK?.init(settings, callback)
    expect(window.ZoomCobrowseSDKInitArgs).toBeDefined()

    const sdk = fakeSdk()
    finishLoading(onlyScript(), sdk)
    await expect(promise).resolves.toBe(sdk)
    expect(sdk.init).toHaveBeenCalledTimes(1)
    expect(sdk.init).toHaveBeenCalledWith(settings, callback)
    expect('ZoomCobrowseSDKInitArgs' in window).toBe(false)
  })

  it('keeps the stub and its queued init through a failure, and replays it after the retry', async () => {
    const first = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    const stub = window.ZoomCobrowseSDK
    const callback = vi.fn()
    stub?.init({}, callback)
    failLoading(onlyScript())
    await expect(first).rejects.toMatchObject({ code: 'sdk_load_failed' })
    expect(window.ZoomCobrowseSDK).toBe(stub)
    expect(window.ZoomCobrowseSDKInitArgs).toBeDefined()

    const second = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    const sdk = fakeSdk()
    finishLoading(onlyScript(), sdk)
    await second
    expect(sdk.init).toHaveBeenCalledTimes(1)
    expect(sdk.init).toHaveBeenCalledWith({}, callback)
  })

  it('does not init again when the real SDK consumed the queue itself', async () => {
    const promise = loader.loadCobrowseSdk({ sdkKey: 'key123' })
    window.ZoomCobrowseSDK?.init({}, vi.fn())
    delete window.ZoomCobrowseSDKInitArgs
    const sdk = fakeSdk()
    finishLoading(onlyScript(), sdk)
    await promise
    expect(sdk.init).not.toHaveBeenCalled()
  })

  it.each([
    ['sdkKey', { sdkKey: '' }],
    ['sdkKey', { sdkKey: 'a/b' }],
    ['version', { sdkKey: 'key123', version: '3.9' }],
    ['origin', { sdkKey: 'key123', origin: 'us01-zcb.zoom.us' }],
    ['timeoutMs', { sdkKey: 'key123', timeoutMs: 0 }],
    ['timeoutMs', { sdkKey: 'key123', timeoutMs: Number.NaN }],
  ])('rejects a bad %s with invalid_config, without throwing or touching the page', async (option, options) => {
    let promise: Promise<unknown> | undefined
    expect(() => {
      promise = loader.loadCobrowseSdk(options)
    }).not.toThrow()
    await expect(promise).rejects.toMatchObject({
      code: 'invalid_config',
      name: 'INVALID_CONFIG',
      message: expect.stringContaining(option),
    })
    expect(scripts()).toHaveLength(0)
    expect(window.ZoomCobrowseSDK).toBeUndefined()
  })
})
