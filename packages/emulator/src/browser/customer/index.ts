/**
 * The emulator's customer SDK: a classic script served at Zoom's CDN path that defines `window.ZoomCobrowseSDK`.
 * Nothing else is put on `window`.
 */
import { createCustomerSdk } from './createCustomerSdk.js'
import { findServerOrigin } from './findServerOrigin.js'
import { installCustomerSdk } from './installCustomerSdk.js'

// Read now: `document.currentScript` is only set while this script is running.
const origin = findServerOrigin(document)

installCustomerSdk(window as unknown as Parameters<typeof installCustomerSdk>[0], () =>
  createCustomerSdk({ win: window, origin }),
)
