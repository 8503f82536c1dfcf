import type { CustomerSdk } from '../sdk/customerSession.js'
import type { QueuedInitArgs } from '../sdk/global.js'

/** Marks the kit's stub. `Symbol.for` so a second bundle copy of the kit recognises it too. */
const LOADER_STUB_MARK = Symbol.for('cobrowse-kit.loader-stub')

/** The globals the loader reads and writes; `window` in a browser, a plain object in tests. */
export type LoaderGlobals = Pick<Window, 'ZoomCobrowseSDK' | 'ZoomCobrowseSDKInitArgs'>

/**
 * Installs a stand-in `ZoomCobrowseSDK` while the CDN script loads, behaving like Zoom's official loader snippet:
 * its `init` keeps its `arguments` in `ZoomCobrowseSDKInitArgs` for the real SDK to pick up. Does nothing when
 * `ZoomCobrowseSDK` is already set (the real SDK, Zoom's snippet stub, or ours).
 *
 * @returns `true` when a stub was installed.
 */
export function installLoaderStub(win: LoaderGlobals): boolean {
  if (win.ZoomCobrowseSDK !== undefined && win.ZoomCobrowseSDK !== null) return false
  const stub: CustomerSdk = {
    // A plain function and `arguments`, not rest params: the real SDK is written against Zoom's snippet, which
    // stores an Arguments object, so the kit stores the same kind of value.
    init: function () {
      // biome-ignore lint/complexity/noArguments: mirrors Zoom's snippet, see above.
      win.ZoomCobrowseSDKInitArgs = arguments as QueuedInitArgs
    },
  }
  Object.defineProperty(stub, LOADER_STUB_MARK, { value: true, enumerable: false })
  win.ZoomCobrowseSDK = stub
  return true
}

/**
 * True when `value` is a loader stub rather than the real SDK: either the kit's own (marked) stub, or an object whose
 * only own enumerable key is `init`, which is the shape Zoom's snippet installs.
 *
 * The second test assumes the real SDK exposes more than `init` as own enumerable keys. That is unconfirmed; if a
 * future SDK exposes `init` alone, it would be mistaken for a stub.
 */
export function isLoaderStub(value: unknown): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false
  if ((value as { [LOADER_STUB_MARK]?: unknown })[LOADER_STUB_MARK] === true) return true
  const keys = Object.keys(value)
  return keys.length === 1 && keys[0] === 'init'
}

/**
 * Calls `sdk.init` with an `init` call queued by a stub before the script loaded, then forgets it, so such a call is
 * never lost. Whether the real SDK replays the queue by itself is unconfirmed, hence this safety net. The real SDK is
 * expected to clear `ZoomCobrowseSDKInitArgs` when it replays, so when it did, this finds nothing and init runs once.
 *
 * @returns `true` when a queued call was replayed.
 */
export function replayQueuedInit(win: LoaderGlobals, sdk: CustomerSdk): boolean {
  const queued: QueuedInitArgs | undefined = win.ZoomCobrowseSDKInitArgs
  if (queued === undefined || queued === null) return false
  // Cleared before the call so that an init which re-enters the loader cannot replay the same call twice.
  delete win.ZoomCobrowseSDKInitArgs
  Reflect.apply(sdk.init, sdk, Array.from(queued))
  return true
}
