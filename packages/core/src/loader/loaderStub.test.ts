import { describe, expect, it, vi } from 'vitest'
import type { CustomerSdk } from '../sdk/customerSession.js'
import type { CustomerInitSettings } from '../sdk/customerSettings.js'
import { installLoaderStub, isLoaderStub, type LoaderGlobals, replayQueuedInit } from './loaderStub.js'

function realSdk(): CustomerSdk & { version: string } {
  return { init: vi.fn(), version: 'x' }
}

const settings: CustomerInitSettings = { allowAgentAnnotation: true }

describe('installLoaderStub', () => {
  it('installs a stub whose init queues its arguments like Zoom’s snippet', () => {
    const win: LoaderGlobals = {}
    expect(installLoaderStub(win)).toBe(true)
    const callback = vi.fn()
    win.ZoomCobrowseSDK?.init(settings, callback)

    const queued = win.ZoomCobrowseSDKInitArgs
    expect(Object.prototype.toString.call(queued)).toBe('[object Arguments]')
    expect(Array.from(queued ?? [])).toEqual([settings, callback])
    expect(callback).not.toHaveBeenCalled()
  })

  it('leaves an existing SDK or stub alone', () => {
    const sdk = realSdk()
    const win: LoaderGlobals = { ZoomCobrowseSDK: sdk }
    expect(installLoaderStub(win)).toBe(false)
    expect(win.ZoomCobrowseSDK).toBe(sdk)

    const snippetStub = { init: vi.fn() }
    const other: LoaderGlobals = { ZoomCobrowseSDK: snippetStub }
    expect(installLoaderStub(other)).toBe(false)
    expect(other.ZoomCobrowseSDK).toBe(snippetStub)
  })

  it('marks the stub without adding an enumerable key', () => {
    const win: LoaderGlobals = {}
    installLoaderStub(win)
    const stub = win.ZoomCobrowseSDK as object
    expect(Object.keys(stub)).toEqual(['init'])
    const mark = Symbol.for('cobrowse-kit.loader-stub')
    expect(Object.getOwnPropertyDescriptor(stub, mark)).toMatchObject({ value: true, enumerable: false })
  })
})

describe('isLoaderStub', () => {
  it('recognises the kit’s stub and Zoom’s snippet stub', () => {
    const win: LoaderGlobals = {}
    installLoaderStub(win)
    expect(isLoaderStub(win.ZoomCobrowseSDK)).toBe(true)
    expect(isLoaderStub({ init: () => undefined })).toBe(true)
  })

  it('recognises the kit’s marked stub even after keys were added to it', () => {
    const win: LoaderGlobals = {}
    installLoaderStub(win)
    Object.assign(win.ZoomCobrowseSDK as object, { extra: 1 })
    expect(isLoaderStub(win.ZoomCobrowseSDK)).toBe(true)
  })

  it('does not take the real SDK or non-objects for a stub', () => {
    expect(isLoaderStub(realSdk())).toBe(false)
    expect(isLoaderStub({})).toBe(false)
    expect(isLoaderStub({ start: () => undefined })).toBe(false)
    expect(isLoaderStub(undefined)).toBe(false)
    expect(isLoaderStub(null)).toBe(false)
    expect(isLoaderStub('init')).toBe(false)
  })
})

describe('replayQueuedInit', () => {
  it('calls the real init once with exactly the queued arguments and clears the queue', () => {
    const win: LoaderGlobals = {}
    installLoaderStub(win)
    const callback = vi.fn()
    win.ZoomCobrowseSDK?.init(settings, callback)

    const sdk = realSdk()
    expect(replayQueuedInit(win, sdk)).toBe(true)
    expect(sdk.init).toHaveBeenCalledTimes(1)
    expect(sdk.init).toHaveBeenCalledWith(settings, callback)
    expect(vi.mocked(sdk.init).mock.contexts[0]).toBe(sdk)
    expect('ZoomCobrowseSDKInitArgs' in win).toBe(false)

    expect(replayQueuedInit(win, sdk)).toBe(false)
    expect(sdk.init).toHaveBeenCalledTimes(1)
  })

  it('does nothing when the real SDK already consumed the queue', () => {
    const sdk = realSdk()
    expect(replayQueuedInit({}, sdk)).toBe(false)
    expect(sdk.init).not.toHaveBeenCalled()
  })

  it('clears the queue before calling, so a re-entrant replay cannot double the init', () => {
    const win: LoaderGlobals = {}
    installLoaderStub(win)
    win.ZoomCobrowseSDK?.init(settings, vi.fn())
    const sdk: CustomerSdk = {
      init: vi.fn(() => {
        replayQueuedInit(win, sdk)
      }),
    }
    replayQueuedInit(win, sdk)
    expect(sdk.init).toHaveBeenCalledTimes(1)
  })
})
