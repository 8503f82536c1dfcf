import type { EmulatedCustomerSdk } from './createCustomerSdk.js'

/** Marks the emulator's SDK object, so a second copy of the script keeps the first one's session. */
const SDK_MARK = Symbol.for('cobrowse-emulator.customer-sdk')

/** The two globals Zoom's loader snippet and SDK share. */
export interface SdkGlobals {
  ZoomCobrowseSDK?: unknown
  /** The `arguments` of an `init` that the snippet's stub queued before the script loaded. */
  ZoomCobrowseSDKInitArgs?: unknown
}

function isEmulatorSdk(value: unknown): value is EmulatedCustomerSdk {
  return typeof value === 'object' && value !== null && (value as { [SDK_MARK]?: unknown })[SDK_MARK] === true
}

/**
 * Defines `ZoomCobrowseSDK` (unless this script already did: loading it twice must not swap the session), then
 * replays, exactly once, an `init` queued by Zoom's snippet stub: the queue is deleted before the call so a re-entrant
 * loader cannot replay it again.
 */
export function installCustomerSdk(globals: SdkGlobals, create: () => EmulatedCustomerSdk): EmulatedCustomerSdk {
  let sdk = globals.ZoomCobrowseSDK
  if (!isEmulatorSdk(sdk)) {
    sdk = create()
    Object.defineProperty(sdk, SDK_MARK, { value: true })
    globals.ZoomCobrowseSDK = sdk
  }
  const installed = sdk as EmulatedCustomerSdk
  const queued = globals.ZoomCobrowseSDKInitArgs
  if (queued !== undefined && queued !== null) {
    delete globals.ZoomCobrowseSDKInitArgs
    const args = Array.from(queued as ArrayLike<unknown>)
    installed.init(args[0], args[1] as Parameters<EmulatedCustomerSdk['init']>[1])
  }
  return installed
}
