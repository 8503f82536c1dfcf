import type { CustomerInitResult, CustomerSdk } from './customerSession.js'
import type { CustomerInitSettings } from './customerSettings.js'

/** Arguments the official snippet's stub keeps when `init` is called before the script has loaded. */
export type QueuedInitArgs = ArrayLike<unknown> & {
  0?: CustomerInitSettings
  1?: (result: CustomerInitResult) => void
}

declare global {
  interface Window {
    /** Zoom's customer SDK from the CDN script (or, before it loads, the official snippet's stub). */
    ZoomCobrowseSDK?: CustomerSdk
    /** Set by the official snippet's stub: an `init` call waiting for the real SDK. */
    ZoomCobrowseSDKInitArgs?: QueuedInitArgs
  }
}
