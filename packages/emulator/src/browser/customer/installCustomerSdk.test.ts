import { describe, expect, it, vi } from 'vitest'
import type { EmulatedCustomerSdk } from './createCustomerSdk.js'
import { installCustomerSdk, type SdkGlobals } from './installCustomerSdk.js'

function fakeSdk() {
  return { version: 'test', init: vi.fn<EmulatedCustomerSdk['init']>() }
}

/** What Zoom's official snippet does before the script has loaded. */
function snippetStub(globals: SdkGlobals): void {
  globals.ZoomCobrowseSDK = {
    init: function () {
      // biome-ignore lint/complexity/noArguments: the snippet stores the Arguments object itself.
      globals.ZoomCobrowseSDKInitArgs = arguments
    },
  }
}

describe('installCustomerSdk', () => {
  it('defines ZoomCobrowseSDK with more own keys than init, so loaders tell it from the snippet stub', () => {
    const globals: SdkGlobals = {}
    const sdk = installCustomerSdk(globals, fakeSdk)
    expect(globals.ZoomCobrowseSDK).toBe(sdk)
    expect(Object.keys(sdk)).toEqual(['version', 'init'])
  })

  it('replays an init queued by the snippet stub exactly once, with its arguments, and deletes the queue', () => {
    const globals: SdkGlobals = {}
    snippetStub(globals)
    const settings = { piiMask: { maskType: 'all_input' } }
    const callback = () => {}
    ;(globals.ZoomCobrowseSDK as { init: (...args: unknown[]) => void }).init(settings, callback)
    const sdk = fakeSdk()
    installCustomerSdk(globals, () => sdk)
    expect(sdk.init).toHaveBeenCalledTimes(1)
    expect(sdk.init).toHaveBeenCalledWith(settings, callback)
    expect('ZoomCobrowseSDKInitArgs' in globals).toBe(false)
    installCustomerSdk(globals, fakeSdk)
    expect(sdk.init).toHaveBeenCalledTimes(1)
  })

  it('keeps the first SDK (and its session) when the script runs twice, replaying a new queue on it', () => {
    const globals: SdkGlobals = {}
    const first = fakeSdk()
    installCustomerSdk(globals, () => first)
    globals.ZoomCobrowseSDKInitArgs = [{}, () => {}]
    const second = vi.fn(fakeSdk)
    expect(installCustomerSdk(globals, second)).toBe(first)
    expect(second).not.toHaveBeenCalled()
    expect(first.init).toHaveBeenCalledTimes(1)
  })

  it('replaces a snippet stub that has nothing queued', () => {
    const globals: SdkGlobals = {}
    snippetStub(globals)
    const sdk = fakeSdk()
    installCustomerSdk(globals, () => sdk)
    expect(globals.ZoomCobrowseSDK).toBe(sdk)
    expect(sdk.init).not.toHaveBeenCalled()
  })
})
